package audit

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp/kb"
)

// firstVisit is the main visit: what loads before any choice, the banner, its controls, then a reject (by keyboard
// where possible), a reload, two same-site pages, and the withdrawal control.
func (r *run) firstVisit(ctx context.Context) error {
	r.progress("first visit: loading %s in a fresh profile (%s)", r.url, r.o.Viewport)
	v, err := r.b.newVisit(ctx, r.o.Viewport, r.o.Lang, false)
	if err != nil {
		return err
	}
	defer v.close()
	start := time.Now()
	if err := r.load(v, r.url); err != nil {
		return err
	}
	r.rep.FinalURL = v.location()
	if h := hostOf(r.rep.FinalURL); h != "" {
		r.site = siteOf(h)
	}
	r.environment(v)
	before, _, err := r.observe(v, "before_choice", start, nil)
	if err != nil {
		return err
	}
	r.rep.Observations = append(r.rep.Observations, before)
	r.add(findingsBeforeChoice(before)...)
	r.setCheck(CheckNothingBefore, StatusPass, fmt.Sprintf("%d cookies, %d storage items, %d third-party/tracker hosts before any choice",
		len(before.Cookies), len(before.Storage), len(before.Requests)))
	if err := r.consentMode(v); err != nil {
		return err
	}
	r.progress("first visit: looking for the consent banner")
	b, err := v.waitBanner()
	if err != nil {
		return err
	}
	if b == nil {
		return r.bannerMissing(v)
	}
	r.banner = b
	shot := r.addScreenshot(v, "first_layer", "The first layer, as a first-time visitor sees it")
	r.rep.Banner = b.toBanner(shot)
	r.setCheck(CheckBannerPresent, StatusPass, "found "+b.Selector+" ("+strings.Join(b.Reasons, ", ")+")")
	r.accessibility(v, b, shot)
	return r.rejectFlow(v, b, shot)
}

// bannerMissing explains a banner that was not found: never a silent pass.
func (r *run) bannerMissing(v *visit) error {
	shot := r.addScreenshot(v, "first_layer", "The page as a first-time visitor sees it: no consent banner was found")
	var frames []string
	_ = v.eval("p.consentIframes()", &frames)
	msg := "No consent banner was found on the first visit (looked for role=dialog, aria-modal, fixed or sticky overlays and " +
		"known consent managers, including open shadow roots, with consent wording or accept/reject controls)."
	if len(frames) > 0 {
		msg += " A consent manager seems to render in a cross-origin iframe (" + strings.Join(frames, ", ") +
			"), which this audit does not inspect."
	}
	if r.rep.Environment.MayDetectAutomation {
		msg += " The page may also have detected an automated browser (" + strings.Join(r.rep.Environment.AutomationSignals, "; ") +
			") and hidden its banner."
	}
	msg += " If the site sets only strictly necessary cookies it needs no banner; otherwise consent was never asked."
	r.add(newFinding(CodeBannerNotFound, msg, Evidence{Screenshot: shot, Values: map[string]any{"consent_iframes": frames}}))
	for _, id := range []string{CheckRejectFirstLayer, CheckEqualProminence, CheckRejectNotLink, CheckNoPreticked,
		CheckChoiceRespected, CheckAcceptEffective, CheckWithdrawalControl, CheckGPC, CheckAccessibility, CheckKeyboardReject} {
		r.setCheck(id, StatusNotRun, "no banner was found")
	}
	return nil
}

// rejectFlow finds how to reject (first layer, or the preferences layer), performs it, and checks what follows.
func (r *run) rejectFlow(v *visit, b *bannerInfo, shot string) error {
	_, first := b.controls()
	accept, reject, prefs := first["accept"], first["reject"], first["preferences"]
	if accept == nil && reject == nil && prefs == nil {
		r.add(newFinding(CodeControlsUnrecognised, "The banner's controls could not be recognised as accept, reject or "+
			"preferences (see the first-layer screenshot); the checks that need them did not run.",
			Evidence{Selector: b.Selector, Screenshot: shot, Regions: []Region{labelled(b.Region, "banner")}}))
		return nil
	}
	var doReject func() error
	if reject != nil {
		r.setCheck(CheckRejectFirstLayer, StatusPass, "reject is on the first layer: one click, as accept")
		r.prominence(accept, reject, shot)
		doReject = func() error { return r.keyboardReject(v, b, reject) }
	} else {
		r.setCheck(CheckEqualProminence, StatusNotApplicable, "no reject control on the first layer (see reject_first_layer)")
		r.setCheck(CheckRejectNotLink, StatusNotApplicable, "no reject control on the first layer")
		r.setCheck(CheckKeyboardReject, StatusNotApplicable, "no reject control on the first layer")
		var err error
		if doReject, err = r.secondLayerReject(v, b, prefs, shot); err != nil || doReject == nil {
			return err
		}
	}
	_, base, err := r.observe(v, "pre_reject", time.Now(), nil)
	if err != nil {
		return err
	}
	clicked := time.Now()
	r.progress("first visit: rejecting")
	if err := doReject(); err != nil {
		return err
	}
	return r.afterReject(v, base, clicked)
}

// secondLayerReject handles a first layer without reject: the preferences layer is opened here, and the reject
// there (a reject button, or unticking everything and saving) is what this visit will do.
func (r *run) secondLayerReject(v *visit, b *bannerInfo, prefs *Control, shot string) (func() error, error) {
	ev := Evidence{Selector: b.Selector, Screenshot: shot, Regions: []Region{labelled(b.Region, "first layer")}}
	if prefs == nil {
		r.add(newFinding(CodeRejectNotFound, "The banner offers no way to refuse: no reject control and no preferences "+
			"control on the first layer.", ev))
		return nil, nil
	}
	p2, err := r.openPreferences(v, prefs, b.Ref)
	if err != nil || p2 == nil {
		if err == nil {
			r.add(newFinding(CodeRejectNotFound, "The first layer has no reject control, and its preferences control ("+
				strconv.Quote(prefs.Text)+") opened no layer where one could refuse.", ev))
		}
		return nil, err
	}
	_, second := p2.controls()
	switch {
	case second["reject"] != nil:
		rj := second["reject"]
		ev.Values = map[string]any{"clicks_to_accept": 1, "clicks_to_reject": 2, "reject_text": rj.Text}
		r.add(newFinding(CodeRejectNotOnFirstLayer, fmt.Sprintf("The first layer has no reject control: refusing "+
			"takes 2 clicks (%q, then %q) where accepting takes 1.", prefs.Text, rj.Text), ev))
		return func() error { return v.click(rj.ref) }, nil
	case second["save"] != nil:
		sv := second["save"]
		n := 0
		for _, t := range p2.Toggles {
			if t.Checked && !t.Disabled {
				n++
			}
		}
		ev.Values = map[string]any{"clicks_to_accept": 1, "clicks_to_reject": 2 + n, "save_text": sv.Text}
		r.add(newFinding(CodeRejectNotOnFirstLayer, fmt.Sprintf("The first layer has no reject control: refusing "+
			"takes %d clicks (%q, untick %d purposes, %q) where accepting takes 1.", 2+n, prefs.Text, n, sv.Text), ev))
		return func() error {
			if err := v.eval("p.untickAll("+strconv.Itoa(p2.Ref)+")", nil); err != nil {
				return err
			}
			return v.click(sv.ref)
		}, nil
	}
	r.add(newFinding(CodeRejectNotFound, "Neither the first layer nor the preferences layer has a reject or save control.", ev))
	return nil, nil
}

// keyboardReject does what a keyboard-only visitor does: Tab from the top of the page until reject has focus,
// press Enter (and Space, the other key that operates a button, if Enter did nothing) and watch the banner go away,
// giving it the time a visitor would (banners fade or slide out). If no key works, it says so and clicks instead.
func (r *run) keyboardReject(v *visit, b *bannerInfo, reject *Control) error {
	const maxTabs = 60
	ok, err := v.tabTo(reject.ref, maxTabs)
	if err != nil {
		return err
	}
	ev := Evidence{Selector: reject.Selector, Regions: []Region{labelled(reject.Region, "reject")}, Screenshot: "first_layer"}
	if !ok {
		r.add(newFinding(CodeRejectNotKeyboardOperable, fmt.Sprintf("Reject was not reached within %d presses of Tab from the top of the page.", maxTabs), ev))
		return v.click(reject.ref)
	}
	for _, key := range []struct{ name, key string }{{"Enter", kb.Enter}, {"Space", " "}} {
		if err := v.press(key.key); err != nil {
			return err
		}
		gone, err := v.waitGone(b.Ref, keyboardCloseWait)
		if err != nil || gone {
			if gone {
				r.setCheck(CheckKeyboardReject, StatusPass, "reached with Tab and operated with "+key.name+": the banner closed")
			}
			return err
		}
		var focused bool
		if err := v.eval("p.activeIs("+strconv.Itoa(reject.ref)+")", &focused); err != nil || !focused {
			break // the key moved focus away: a second key would not reach reject
		}
	}
	r.add(newFinding(CodeRejectNotKeyboardOperable, fmt.Sprintf("Reject can be reached with Tab, but neither Enter nor "+
		"Space on it closed the banner within %s.", keyboardCloseWait), ev))
	return v.click(reject.ref)
}

// keyboardCloseWait is how long a banner may take to go away after a key press (CSS transitions included).
const keyboardCloseWait = 3 * time.Second

// afterReject checks that the reject holds: a reload, two same-site pages, then the withdrawal control.
func (r *run) afterReject(v *visit, base *snapshot, clicked time.Time) error {
	v.settle(settleMin, settleQuiet, settleMax)
	r.progress("first visit: reloading and following two same-site links after the reject")
	if err := v.reload(); err != nil {
		return err
	}
	v.settle(settleMin, settleQuiet, settleMax)
	var again *bannerInfo
	if err := v.eval("p.findBanner(false)", &again); err != nil {
		return err
	}
	if again != nil {
		r.add(newFinding(CodeChoiceNotRemembered, "The banner was shown again after a reload: the reject was not remembered.",
			Evidence{Selector: again.Selector}))
	}
	var links []string
	if err := v.eval("p.sameSiteLinks("+strconv.Quote(r.site)+")", &links); err != nil {
		return err
	}
	links = links[:min(2, len(links))]
	for _, l := range links {
		if err := r.load(v, l); err != nil {
			return err
		}
	}
	obs, _, err := r.observe(v, "after_reject", clicked, base)
	if err != nil {
		return err
	}
	where := "after a reload"
	if len(links) > 0 {
		where += " and on " + strings.Join(links, ", ")
	}
	obs.Note = "new since the reject click, " + where
	r.rep.Observations = append(r.rep.Observations, obs)
	r.add(findingsAfterReject(obs, where)...)
	note := "nothing non-essential started " + where
	if len(links) == 0 {
		note += " (the page has no same-site links to follow)"
	}
	r.setCheck(CheckChoiceRespected, StatusPass, note)
	if err := r.assentRecords(v, "reject_all"); err != nil {
		return err
	}
	return r.withdrawal(v)
}

type reopenControl struct {
	Ref      int    `json:"ref"`
	Text     string `json:"text"`
	Selector string `json:"selector"`
	Region   Region `json:"region"`
	Hook     bool   `json:"hook"`
}

// withdrawal looks for a control to change or withdraw consent after the choice, and clicks it.
func (r *run) withdrawal(v *visit) error {
	var cands []reopenControl
	if err := v.eval("p.findReopen()", &cands); err != nil {
		return err
	}
	if len(cands) == 0 {
		shot := r.addScreenshot(v, "after_choice", "The page after the choice: no control to change or withdraw consent")
		r.add(newFinding(CodeWithdrawalControlMissing, "After the choice, no visible control to change or withdraw consent was "+
			"found (a footer link or floating button such as \"Cookie settings\").", Evidence{Screenshot: shot}))
		return nil
	}
	c := cands[0]
	if err := v.click(c.Ref); err != nil {
		return err
	}
	v.settle(200*time.Millisecond, 300*time.Millisecond, 2*time.Second)
	b, err := v.waitFor("p.findBanner(true)", keyboardCloseWait) // consent managers fade their dialog in
	if err != nil {
		return err
	}
	if b == nil {
		r.add(newFinding(CodeWithdrawalControlMissing, fmt.Sprintf("%q looks like a control to change consent, but clicking it "+
			"opened no consent dialog.", c.Text), Evidence{Selector: c.Selector}))
		return nil
	}
	r.setCheck(CheckWithdrawalControl, StatusPass, fmt.Sprintf("%q (%s) reopens the consent dialog", c.Text, c.Selector))
	return nil
}
