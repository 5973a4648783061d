package audit

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/assent-dev/assent/rules"
)

// openPreferences clicks the preferences control of the first layer (the probe ref first) and records the second
// layer (toggles, screenshot, the no_preticked check). It returns nil when no second layer appeared.
func (r *run) openPreferences(v *visit, prefs *Control, first int) (*bannerInfo, error) {
	r.progress("opening the preferences layer (%q)", prefs.Text)
	if err := v.click(prefs.ref); err != nil {
		return nil, err
	}
	v.settle(200*time.Millisecond, 300*time.Millisecond, 2*time.Second)
	var p2 *bannerInfo
	if err := v.eval("p.findBanner(true, "+strconv.Itoa(first)+")", &p2); err != nil {
		return nil, err
	}
	if p2 == nil {
		r.setCheck(CheckNoPreticked, StatusNotRun, fmt.Sprintf("clicking %q showed no preferences layer", prefs.Text))
		return nil, nil
	}
	shot := r.addScreenshot(v, "preferences", "The preferences layer, as first opened")
	all, _ := p2.controls()
	toggles := p2.Toggles
	if toggles == nil {
		toggles = []Toggle{}
	}
	r.rep.Preferences = &Preferences{Selector: p2.Selector, Toggles: toggles, Controls: all, Screenshot: shot}
	var pre []string
	var regions []Region
	for _, t := range toggles {
		if t.Checked && !t.Disabled && !t.Necessary {
			pre = append(pre, t.Label)
			regions = append(regions, labelled(t.Region, "pre-ticked"))
		}
	}
	switch {
	case len(pre) > 0:
		r.add(newFinding(CodePretickedPurposes, fmt.Sprintf("%d purpose(s) are ticked before the visitor chose: %s.",
			len(pre), strings.Join(quoteAll(pre), ", ")),
			Evidence{Selector: p2.Selector, Screenshot: shot, Regions: regions, Values: map[string]any{"preticked": pre}}))
	case len(toggles) == 0:
		r.setCheck(CheckNoPreticked, StatusNotApplicable, "the preferences layer has no purpose toggles")
	default:
		r.setCheck(CheckNoPreticked, StatusPass, fmt.Sprintf("%d toggles, none pre-ticked (strictly necessary ones may be on and locked)", len(toggles)))
	}
	return p2, nil
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// preferencesVisit opens the preferences layer in a fresh profile when the first visit did not need to.
func (r *run) preferencesVisit(ctx context.Context) error {
	if r.rep.Preferences != nil || r.checks[CheckNoPreticked].Status != "" {
		return nil
	}
	_, first := r.banner.controls()
	prefs := first["preferences"]
	if prefs == nil {
		r.setCheck(CheckNoPreticked, StatusNotApplicable, "the first layer has no preferences control")
		return nil
	}
	r.progress("preferences visit: fresh profile")
	v, b, err := r.freshBanner(ctx, false)
	if err != nil || b == nil {
		return err
	}
	defer v.close()
	_, first = b.controls()
	if first["preferences"] == nil {
		r.setCheck(CheckNoPreticked, StatusNotRun, "the preferences control was not found again in a fresh profile")
		return nil
	}
	_, err = r.openPreferences(v, first["preferences"], b.Ref)
	return err
}

// freshBanner loads the page in a new empty profile and finds the banner again (nil if it is not shown).
func (r *run) freshBanner(ctx context.Context, gpc bool) (*visit, *bannerInfo, error) {
	v, err := r.b.newVisit(ctx, r.o.Viewport, r.o.Lang, gpc)
	if err != nil {
		return nil, nil, err
	}
	if err := r.load(v, r.url); err != nil {
		v.close()
		return nil, nil, err
	}
	b, err := v.waitBanner()
	if err != nil {
		v.close()
		return nil, nil, err
	}
	return v, b, nil
}

// acceptVisit clicks accept in a fresh profile and records what loads: the declared vendors should.
func (r *run) acceptVisit(ctx context.Context) error {
	_, first := r.banner.controls()
	if first["accept"] == nil {
		r.setCheck(CheckAcceptEffective, StatusNotApplicable, "no accept control on the first layer")
		return nil
	}
	r.progress("accept visit: fresh profile, clicking accept")
	v, b, err := r.freshBanner(ctx, false)
	if err != nil {
		return err
	}
	defer v.close()
	if b == nil {
		r.setCheck(CheckAcceptEffective, StatusNotRun, "the banner was not shown again in a fresh profile")
		return nil
	}
	_, first = b.controls()
	if first["accept"] == nil {
		r.setCheck(CheckAcceptEffective, StatusNotRun, "the accept control was not found again in a fresh profile")
		return nil
	}
	_, base, err := r.observe(v, "pre_accept", time.Now(), nil)
	if err != nil {
		return err
	}
	clicked := time.Now()
	if err := v.click(first["accept"].ref); err != nil {
		return err
	}
	v.settle(settleMin, settleQuiet, settleMax)
	obs, _, err := r.observe(v, "after_accept", clicked, base)
	if err != nil {
		return err
	}
	obs.Note = "new since the accept click"
	r.rep.Observations = append(r.rep.Observations, obs)
	var vendors []string
	for _, g := range groupByVendor(obs, func(c Category) bool { return c != StrictlyNecessary }) {
		vendors = append(vendors, g.vendor)
	}
	note := "nothing non-essential loaded after accept (a site without optional vendors)"
	if len(vendors) > 0 {
		note = "loaded after accept: " + strings.Join(vendors, ", ")
	}
	r.setCheck(CheckAcceptEffective, StatusPass, note)
	return nil
}

// gpcVisit loads the page with Global Privacy Control on (Sec-GPC: 1 and navigator.globalPrivacyControl) and
// reads the advertising signals the page gives before any choice.
func (r *run) gpcVisit(ctx context.Context) error {
	if r.rep.ConsentMode == nil && r.rep.Assent == nil {
		r.setCheck(CheckGPC, StatusNotApplicable, "the page uses neither Google Consent Mode nor Assent, so it exposes no "+
			"advertising signal to read; the first visit's cookie and tracker checks cover a GPC visitor too")
		return nil
	}
	r.progress("GPC visit: fresh profile with Sec-GPC: 1")
	v, err := r.b.newVisit(ctx, r.o.Viewport, r.o.Lang, true)
	if err != nil {
		return err
	}
	defer v.close()
	start := time.Now()
	if err := r.load(v, r.url); err != nil {
		return err
	}
	obs, _, err := r.observe(v, "gpc", start, nil)
	if err != nil {
		return err
	}
	obs.Note = "before any choice, with Sec-GPC: 1 and navigator.globalPrivacyControl = true"
	r.rep.Observations = append(r.rep.Observations, obs)
	var granted []string
	if r.rep.ConsentMode != nil {
		cm, err := readConsentMode(v)
		if err != nil {
			return err
		}
		state := cm.effective()
		for _, k := range []string{rules.SignalAdStorage, rules.SignalAdUserData, rules.SignalAdPersonalization} {
			if state[k] == "granted" {
				granted = append(granted, "Consent Mode "+k+" granted")
			}
		}
	}
	if r.rep.Assent != nil {
		g, err := r.assentGPC(v)
		if err != nil {
			return err
		}
		granted = append(granted, g...)
	}
	if len(granted) > 0 {
		r.add(newFinding(CodeGPCNotHonoured, "With Global Privacy Control on, before any choice: "+strings.Join(granted, "; ")+".",
			Evidence{Values: map[string]any{"granted": granted}}))
		return nil
	}
	r.setCheck(CheckGPC, StatusPass, "advertising signals denied with GPC on")
	return nil
}
