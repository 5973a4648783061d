package audit

import (
	"fmt"
	"strings"

	"github.com/assent-dev/assent/rules"
)

// prominence compares the first layer's accept and reject controls with rules.ValidateUI, the same equal-prominence
// rules the widget applies to itself (checks equal_prominence and reject_not_link). Findings of one code are merged
// into one finding; a reject link (reject_is_link) is one violation, so the prominence differences it causes are
// folded into its message and evidence instead of being reported again.
func (r *run) prominence(accept, reject *Control, shot string) {
	ev := Evidence{Selector: reject.Selector, Screenshot: shot, Values: map[string]any{"reject": reject.Measure},
		Regions: []Region{labelled(reject.Region, "reject")}}
	if accept == nil {
		r.setCheck(CheckEqualProminence, StatusNotApplicable, "no accept control on the first layer to compare with")
		accept = &Control{}
	} else {
		ev.Values["accept"] = accept.Measure
		ev.Regions = append(ev.Regions, labelled(accept.Region, "accept"))
	}
	m := rules.UIMeasurement{Layer: 1, Accept: accept.box(), Reject: reject.box()}
	ev.Values["ui_measurement"] = m
	byCode := map[string][]rules.Finding{}
	var order []string
	for _, f := range rules.ValidateUI(m) {
		if accept.Measure.Width == 0 && f.Field != "" && strings.HasPrefix(f.Field, "accept") {
			continue
		}
		if byCode[f.Code] == nil {
			order = append(order, f.Code)
		}
		byCode[f.Code] = append(byCode[f.Code], f)
	}
	if link := byCode[CodeRejectIsLink]; link != nil {
		msg := fmt.Sprintf("Reject (%q) is a link", reject.Text)
		if reject.InRunningText {
			msg += " inside the banner's running text"
		}
		msg += ", not a button beside accept"
		if p := byCode[CodeRejectNotEqualProminence]; p != nil {
			msg += "; it is also less prominent: " + joinMessages(p)
			delete(byCode, CodeRejectNotEqualProminence)
		}
		r.add(fromRules(link[0], msg+".", CheckRejectNotLink, ev))
		r.setCheck(CheckEqualProminence, StatusFail, "see "+CodeRejectIsLink+": the differences are in its message and evidence")
		delete(byCode, CodeRejectIsLink)
	} else {
		r.setCheck(CheckRejectNotLink, StatusPass, fmt.Sprintf("reject is a %s that looks like a button", reject.Tag))
	}
	for _, code := range order {
		fs := byCode[code]
		if fs == nil {
			continue
		}
		r.add(fromRules(fs[0], capitalise(joinMessages(fs))+".", CheckEqualProminence, ev))
	}
	r.setCheck(CheckEqualProminence, StatusPass, fmt.Sprintf("same size, font and legibility within rules.ValidateUI's "+
		"tolerances (area >= %.0f%%, font size within %.0f px, weight within %d, contrast >= %.1f:1)",
		rules.MinAreaRatio*100, rules.MaxFontSizeGap, rules.MaxFontWeightGap, rules.MinContrast))
}

// box is the rules.Box of a control: colours as measured (text on its effective, opaque background) and its kind,
// "link" for a link in running text or a bare text control (no background, no border), else "button".
func (c *Control) box() rules.Box {
	kind := "button"
	if c.InRunningText || (!c.Measure.Filled && !c.Measure.Bordered) {
		kind = "link"
	}
	return rules.Box{Width: c.Measure.Width, Height: c.Measure.Height, FontSize: c.Measure.FontSize,
		FontWeight: c.Measure.FontWeight, Color: c.Measure.Color, Background: c.Measure.Background, Kind: kind}
}

// fromRules turns a rules finding into an audit finding with evidence.
func fromRules(f rules.Finding, msg, check string, ev Evidence) Finding {
	if f.Field != "" {
		ev.Values = cloneValues(ev.Values)
		ev.Values["field"] = f.Field
	}
	return Finding{Code: f.Code, Severity: f.Severity, Check: check, Message: msg, Cite: f.Cite, Evidence: ev}
}

func cloneValues(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

func joinMessages(fs []rules.Finding) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.Message
	}
	return strings.Join(parts, "; ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func labelled(g Region, label string) Region {
	g.Label = label
	return g
}
