package ledgertest

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// WidgetButton is a widget button as measured on screen (the demo theme's accept-all and reject-all).
var WidgetButton = rules.Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff",
	Background: "#1a56db", Kind: "button"}

// SurfaceUI returns the ui the widget records for a choice made on surface (rules.Surfaces); afterBanner
// adds the banner the visitor was shown first (first_layer), as on a first visit.
func SurfaceUI(surface string, afterBanner bool) *rules.UIMeasurement {
	m := &rules.UIMeasurement{Surface: surface, Accept: WidgetButton}
	switch surface {
	case rules.SurfaceBanner:
		m.Layer, m.Reject = 1, WidgetButton
	case rules.SurfacePreferences:
		m.Layer, m.Reject = 2, WidgetButton
	case rules.SurfaceForm:
		m.Accept = rules.Box{Width: 13, Height: 13, FontSize: 13.33, FontWeight: 400, Color: "#111111", Background: "#ffffff"}
	}
	if afterBanner && surface != rules.SurfaceBanner {
		m.FirstLayer = &rules.LayerBoxes{Accept: WidgetButton, Reject: WidgetButton}
	}
	return m
}

// SurfaceRecord returns the next valid record of first's subject, made on a surface (ui nil: through the JS
// API) with action, following prev ("" for the subject's first record), sealed and signed with first's key
// (first comes from NewRecord).
func SurfaceRecord(first rules.Record, prev, action string, ui *rules.UIMeasurement, now time.Time) rules.Record {
	r := first
	r.ID, r.Time = NewUUID(), now.UTC().Format("2006-01-02T15:04:05.000Z")
	r.Prev, r.Action, r.UI = prev, action, ui
	switch action {
	case rules.ActionRejectAll, rules.ActionWithdraw:
		r.Purposes = map[string]bool{"necessary": true, "analytics": false, "marketing": false}
	case rules.ActionSave:
		r.Purposes = map[string]bool{"necessary": true, "analytics": true, "marketing": false}
	case rules.ActionMarketingOptIn, rules.ActionMarketingOptOut:
		o := NewOptInRecord(first.Site, now)
		r.Purposes, r.Decision, r.Signals, r.Form, r.Jurisdiction = o.Purposes, o.Decision, o.Signals, o.Form, o.Jurisdiction
	}
	Reseal(&r)
	return r
}

// surfaces posts a record from every surface a visitor can choose on, on a first visit (after the banner) and
// on a returning one (reopened preferences, the JS API, a form), as one subject's chain, and requires each to
// be logged (201 with a receipt that verifies) and readable back byte for byte. Records the rules must refuse
// (a banner without an equal reject, preferences reached from such a banner) are 400 with the finding.
func (s *suite) surfaces() {
	first, prev := NewRecord(s.c.Site, time.Now()), ""
	for _, c := range []struct {
		name, action string
		ui           *rules.UIMeasurement
	}{
		{"first visit: banner, accept all", rules.ActionAcceptAll, SurfaceUI(rules.SurfaceBanner, false)},
		{"first visit: banner, reject all", rules.ActionRejectAll, SurfaceUI(rules.SurfaceBanner, false)},
		{"first visit: preferences, save", rules.ActionSave, SurfaceUI(rules.SurfacePreferences, true)},
		{"first visit: preferences, reject all", rules.ActionRejectAll, SurfaceUI(rules.SurfacePreferences, true)},
		{"first visit: preferences, accept all", rules.ActionAcceptAll, SurfaceUI(rules.SurfacePreferences, true)},
		{"first visit: placeholder while the banner is open", rules.ActionSave, SurfaceUI(rules.SurfacePlaceholder, true)},
		{"returning: placeholder", rules.ActionSave, SurfaceUI(rules.SurfacePlaceholder, false)},
		{"returning: reopen control, preferences, save", rules.ActionSave, SurfaceUI(rules.SurfacePreferences, false)},
		{"returning: reopen control, withdraw", rules.ActionWithdraw, SurfaceUI(rules.SurfacePreferences, false)},
		{"returning: JS API", rules.ActionSave, nil},
		{"returning: JS API withdraw", rules.ActionWithdraw, nil},
		{"form: opt in", rules.ActionMarketingOptIn, SurfaceUI(rules.SurfaceForm, false)},
		{"form: opt out", rules.ActionMarketingOptOut, SurfaceUI(rules.SurfaceForm, false)},
		{"form of a widget without the form surface", rules.ActionMarketingOptIn, nil},
		{"preferences of a version 1 widget", rules.ActionSave, &rules.UIMeasurement{Layer: 2, Accept: WidgetButton, Reject: WidgetButton}},
	} {
		rec := SurfaceRecord(first, prev, c.action, c.ui, time.Now())
		r := s.post("/v1/records", codec.FormatRecord(rec))
		if r.status != 201 {
			s.t.Errorf("%s: status %d, want 201; body: %s", c.name, r.status, r.body)
			continue
		}
		s.checkReceipt(r.body, rec)
		s.readBack(c.name, rec)
		prev = rec.Hash
	}

	noReject := SurfaceUI(rules.SurfacePreferences, true)
	noReject.FirstLayer.Reject = rules.Box{}
	smaller := SurfaceUI(rules.SurfaceBanner, false)
	smaller.Reject.Width = 60
	for _, c := range []struct {
		name, action, finding string
		ui                    *rules.UIMeasurement
	}{
		{"banner with a smaller reject", rules.ActionAcceptAll, "reject_not_equal_prominence", smaller},
		{"preferences after a banner without reject", rules.ActionAcceptAll, "reject_not_on_first_layer", noReject},
		{"placeholder that rejects", rules.ActionRejectAll, "ui_action_mismatch", SurfaceUI(rules.SurfacePlaceholder, false)},
	} {
		rec := SurfaceRecord(NewRecord(s.c.Site, time.Now()), "", c.action, c.ui, time.Now())
		e := s.wantError(c.name, s.post("/v1/records", codec.FormatRecord(rec)), 400, "record_invalid")
		if !e.hasFinding(c.finding) {
			s.t.Errorf("%s: findings %+v lack %s", c.name, e.Findings, c.finding)
		}
	}
}

// readBack requires GET /v1/records/{id} to answer rec byte for byte (with the site's key, which the endpoint
// may require).
func (s *suite) readBack(name string, rec rules.Record) {
	s.t.Helper()
	r := s.do("GET", "/v1/records/"+rec.ID, nil, "Authorization", "Bearer "+s.c.ExportKey, "Origin", s.c.Origin)
	if r.status != 200 {
		s.t.Errorf("%s: GET record: status %d, want 200; body: %s", name, r.status, r.body)
		return
	}
	var b struct {
		Record json.RawMessage `json:"record"`
	}
	if err := json.Unmarshal(r.body, &b); err != nil || !bytes.Equal(b.Record, codec.FormatRecord(rec)) {
		s.t.Errorf("%s: GET record answered %s, want %s", name, r.body, codec.FormatRecord(rec))
	}
}
