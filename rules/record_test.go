package rules

import (
	"strings"
	"testing"
)

// fixedRecord is the record of testdata/record_hash.py.
func fixedRecord() Record {
	return Record{
		V:            1,
		ID:           "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11",
		Site:         "shop.example",
		Subject:      "k3J9xQ2mVb7Tz1LwPq8sYA",
		Time:         "2026-11-23T10:00:00.000Z",
		Action:       ActionRejectAll,
		Purposes:     map[string]bool{"necessary": true, "analytics": false, "marketing": false},
		Jurisdiction: "FR",
		Decision:     RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3", "FR.CNIL.2020-092"}},
		Revision:     "2026-11-01 été\n\"v2\"",
		Language:     "fr",
		NoticeHash:   "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		UI: &UIMeasurement{Layer: 1,
			Accept: Box{Width: 120, Height: 40, FontSize: 16.5, FontWeight: 600, Color: "#ffffff", Background: "#1a56db"},
			Reject: Box{Width: 118.25, Height: 40, FontSize: 16.5, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"},
		},
		Signals: Signals{GPC: true, ConsentMode: map[string]string{"ad_storage": "denied", "analytics_storage": "denied"}},
	}
}

// The canonical text and hash were computed independently by python3 testdata/record_hash.py (json.dumps with
// sorted keys and compact separators, which equals JCS for this record; see the script) and pasted here.
const (
	fixedCanonical = `{"action":"reject_all","decision":{"model":"opt_in","rules":["EU.ePrivacy.5.3","FR.CNIL.2020-092"]},"form":null,"id":"3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11","jurisdiction":"FR","language":"fr","notice_hash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","prev":"","purposes":{"analytics":false,"marketing":false,"necessary":true},"revision":"2026-11-01 été\n\"v2\"","signals":{"consent_mode":{"ad_storage":"denied","analytics_storage":"denied"},"gpc":true},"site":"shop.example","subject":"k3J9xQ2mVb7Tz1LwPq8sYA","time":"2026-11-23T10:00:00.000Z","ui":{"accept":{"background":"#1a56db","color":"#ffffff","font_size":16.5,"font_weight":600,"height":40,"width":120},"layer":1,"reject":{"background":"#1a56db","color":"#ffffff","font_size":16.5,"font_weight":600,"height":40,"kind":"button","width":118.25}},"v":1}`
	fixedHash      = "a0eb0149b66ff7d1ca9c6109e2123190bac136acc3b4e9872baa17ad401e7c25"
)

func TestRecordHashFixed(t *testing.T) {
	r := fixedRecord()
	if got := string(r.Canonical()); got != fixedCanonical {
		t.Fatalf("Canonical:\ngot  %s\nwant %s", got, fixedCanonical)
	}
	if got := r.ComputeHash(); got != fixedHash {
		t.Fatalf("ComputeHash = %s, want %s", got, fixedHash)
	}
	r.Hash = "ignored"
	if got := r.ComputeHash(); got != fixedHash {
		t.Fatalf("the hash field must not be covered by the hash")
	}
}

func TestRecordMarshalJSONIncludesHash(t *testing.T) {
	r := fixedRecord()
	r.Seal()
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(fixedCanonical, `"form":null,`, `"form":null,"hash":"`+fixedHash+`",`, 1)
	if string(b) != want {
		t.Fatalf("got  %s\nwant %s", b, want)
	}
}

func TestRecordCanonicalNilsAndForm(t *testing.T) {
	r := Record{V: 1, Action: ActionMarketingOptIn, Form: &Form{Name: "newsletter", Channel: "email", Context: "signup"}}
	want := `{"action":"marketing_opt_in","decision":{"model":"","rules":[]},"form":{"channel":"email","context":"signup","name":"newsletter"},` +
		`"id":"","jurisdiction":"","language":"","notice_hash":"","prev":"","purposes":{},"revision":"",` +
		`"signals":{"consent_mode":{},"gpc":false},"site":"","subject":"","time":"","ui":null,"v":1}`
	if got := string(r.Canonical()); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// TestRecordHashChangesWithEveryField: a change to any covered field changes the hash.
func TestRecordHashChangesWithEveryField(t *testing.T) {
	edits := map[string]func(*Record){
		"v":            func(r *Record) { r.V = 2 },
		"id":           func(r *Record) { r.ID = "x" },
		"site":         func(r *Record) { r.Site = "x" },
		"subject":      func(r *Record) { r.Subject = "x" },
		"time":         func(r *Record) { r.Time = "x" },
		"action":       func(r *Record) { r.Action = ActionAcceptAll },
		"purposes":     func(r *Record) { r.Purposes["analytics"] = true },
		"purpose id":   func(r *Record) { r.Purposes["extra"] = false },
		"jurisdiction": func(r *Record) { r.Jurisdiction = "DE" },
		"model":        func(r *Record) { r.Decision.Model = "opt_out" },
		"rules":        func(r *Record) { r.Decision.Rules = r.Decision.Rules[:1] },
		"revision":     func(r *Record) { r.Revision = "x" },
		"language":     func(r *Record) { r.Language = "en" },
		"notice_hash":  func(r *Record) { r.NoticeHash = "x" },
		"ui":           func(r *Record) { r.UI = nil },
		"ui width":     func(r *Record) { r.UI.Reject.Width = 118.26 },
		"ui kind":      func(r *Record) { r.UI.Reject.Kind = "" },
		"gpc":          func(r *Record) { r.Signals.GPC = false },
		"consent_mode": func(r *Record) { r.Signals.ConsentMode["ad_storage"] = "granted" },
		"form":         func(r *Record) { r.Form = &Form{} },
		"prev":         func(r *Record) { r.Prev = fixedHash },
	}
	for name, edit := range edits {
		r := fixedRecord()
		edit(&r)
		if r.ComputeHash() == fixedHash {
			t.Errorf("%s: hash unchanged", name)
		}
	}
}
