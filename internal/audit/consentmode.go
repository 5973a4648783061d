package audit

import (
	"fmt"
	"strings"

	"github.com/assent-dev/assent/rules"
)

type consentModeProbe struct {
	Present  bool          `json:"present"`
	Commands []GtagCommand `json:"commands"`
}

func readConsentMode(v *visit) (consentModeProbe, error) {
	var cm consentModeProbe
	err := v.eval("p.consentMode()", &cm)
	return cm, err
}

// effective folds the consent default and updates into the current state of each signal.
func (cm consentModeProbe) effective() map[string]string {
	state := map[string]string{}
	for _, c := range cm.Commands {
		if c.Command == "consent" && (c.Action == "default" || c.Action == "update") {
			for k, v := range c.Params {
				if k != "region" && k != "wait_for_update" {
					state[k] = v
				}
			}
		}
	}
	return state
}

// consentMode checks that a page using Google tags sets a denied Consent Mode default before any config or event.
func (r *run) consentMode(v *visit) error {
	cm, err := readConsentMode(v)
	if err != nil {
		return err
	}
	if !cm.Present {
		r.setCheck(CheckConsentModeDefault, StatusNotApplicable, "no dataLayer: the page uses no Google tag")
		return nil
	}
	if cm.Commands == nil {
		cm.Commands = []GtagCommand{}
	}
	r.rep.ConsentMode = &ConsentMode{Commands: cm.Commands, Default: map[string]string{}}
	firstDefault, firstTag := -1, -1
	gtag := false
	for i, c := range cm.Commands {
		switch c.Command {
		case "consent":
			gtag = true
			if c.Action == "default" && firstDefault < 0 {
				firstDefault = i
			}
		case "config", "event":
			gtag = true
			if firstTag < 0 {
				firstTag = i
			}
		case "js", "set":
			gtag = true
		}
	}
	ev := Evidence{Values: map[string]any{"commands": summariseCommands(cm.Commands)}}
	switch {
	case !gtag:
		r.setCheck(CheckConsentModeDefault, StatusNotApplicable, "dataLayer holds no gtag() command (a default set inside a "+
			"Google Tag Manager consent template is not visible to this check)")
		return nil
	case firstDefault < 0 && firstTag >= 0:
		r.add(newFinding(CodeConsentModeDefaultMissing, "Google tags ran ("+cm.Commands[firstTag].Command+" "+
			cm.Commands[firstTag].Action+") with no gtag('consent', 'default', ...) before them.", ev))
		return nil
	case firstDefault < 0:
		r.setCheck(CheckConsentModeDefault, StatusNotApplicable, "gtag() is loaded but no config or event ran before the choice")
		return nil
	case firstTag >= 0 && firstTag < firstDefault:
		r.add(newFinding(CodeConsentModeDefaultMissing, fmt.Sprintf("The Consent Mode default came after a Google tag "+
			"command (%s %s): the tag ran before it knew consent was denied.", cm.Commands[firstTag].Command, cm.Commands[firstTag].Action), ev))
		return nil
	}
	def := cm.Commands[firstDefault].Params
	r.rep.ConsentMode.Default = def
	var notDenied, missing []string
	for _, k := range []string{rules.SignalAdStorage, rules.SignalAnalyticsStorage} {
		if def[k] != "denied" {
			notDenied = append(notDenied, k+"="+orUnset(def[k]))
		}
	}
	for _, k := range []string{rules.SignalAdUserData, rules.SignalAdPersonalization} {
		switch def[k] {
		case "denied":
		case "":
			missing = append(missing, k)
		default:
			notDenied = append(notDenied, k+"="+def[k])
		}
	}
	if len(notDenied) > 0 {
		r.add(newFinding(CodeConsentModeDefaultNotDenied, "The Consent Mode default does not deny storage before the choice: "+
			strings.Join(notDenied, ", ")+".", ev))
	}
	if len(missing) > 0 {
		r.add(newFinding(CodeConsentModeV2Incomplete, "The Consent Mode default omits the v2 signals "+strings.Join(missing, ", ")+".", ev))
	}
	r.setCheck(CheckConsentModeDefault, StatusPass, "gtag('consent', 'default') denies every signal before any tag ran")
	return nil
}

func orUnset(s string) string {
	if s == "" {
		return "unset"
	}
	return s
}

func summariseCommands(cs []GtagCommand) []string {
	var out []string
	for _, c := range cs[:min(len(cs), 12)] {
		out = append(out, strings.TrimSpace(c.Command+" "+c.Action))
	}
	return out
}
