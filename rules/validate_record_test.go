package rules

import (
	"slices"
	"strings"
	"testing"
	"time"
)

var testNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func testConfig() SiteConfig {
	return SiteConfig{
		Site: "shop.example", Revision: "2026-11-01", ExpiryDays: 182,
		Controller: Controller{Name: "Shop Ltd", Contact: "privacy@shop.example", PolicyURL: "https://shop.example/privacy"},
		Languages:  []string{"en", "fr"},
		Purposes: []Purpose{
			{ID: "necessary", Required: true, Label: Text{"en": "Strictly necessary", "fr": "Strictement nécessaires"},
				Description: Text{"": "Cart and login"}},
			{ID: "analytics", Label: Text{"en": "Analytics", "fr": "Mesure d'audience"}, Description: Text{"": "How the site is used"},
				ConsentMode: []string{"analytics_storage"},
				Services:    []Service{{Name: "Plausible", Provider: "Plausible Insights", Cookies: []string{"_pl_*"}, Retention: "13 months"}}},
			{ID: "marketing", Label: Text{"": "Marketing"}, Description: Text{"": "Ads"},
				ConsentMode: []string{"ad_storage", "ad_user_data", "ad_personalization"}},
		},
		Forms: []FormConfig{{Name: "newsletter", Channel: "email", Context: "signup"}},
	}
}

// validRecord is a sealed reject_all record that follows testConfig.
func validRecord() Record {
	r := Record{
		V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "shop.example", Subject: "k3J9xQ2mVb7Tz1LwPq8sYA",
		Time: "2026-11-23T10:00:00.000Z", Action: ActionRejectAll,
		Purposes:     map[string]bool{"necessary": true, "analytics": false, "marketing": false},
		Jurisdiction: "FR", Decision: RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}},
		Revision: "2026-11-01", Language: "fr", NoticeHash: strings.Repeat("ab", 32),
		UI: &UIMeasurement{Layer: 1,
			Accept: Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"},
			Reject: Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "rgb(255, 255, 255)", Background: "rgb(26, 86, 219)", Kind: "button"}},
		Signals: Signals{ConsentMode: map[string]string{"ad_storage": "denied", "analytics_storage": "denied"}},
	}
	r.Seal()
	return r
}

func codes(fs []Finding) []string {
	noteEmitted(fs)
	var out []string
	for _, f := range fs {
		out = append(out, f.Code+"@"+f.Field)
	}
	return out
}

func TestValidateRecordValid(t *testing.T) {
	c := testConfig()
	for _, cfg := range []*SiteConfig{nil, &c} {
		fs := ValidateRecord(validRecord(), testNow, cfg)
		if fs == nil || len(fs) != 0 {
			t.Fatalf("config %v: want [] got %v", cfg != nil, fs)
		}
	}
}

// TestValidateRecordFindings changes one thing at a time and expects exactly the named findings.
func TestValidateRecordFindings(t *testing.T) {
	c := testConfig()
	for _, tc := range []struct {
		name   string
		edit   func(*Record)
		reseal bool
		cfg    *SiteConfig
		want   []string
	}{
		{"tampered", func(r *Record) { r.Purposes["marketing"] = true }, false, nil, []string{"hash_mismatch@hash"}},
		{"version", func(r *Record) { r.V = 3 }, true, nil, []string{"unsupported_version@v"}},
		{"v2 without key", func(r *Record) { r.V = 2 }, true, nil, []string{"missing_field@sig", "missing_field@subject_key"}},
		{"v1 with key", func(r *Record) { r.SubjectKey = "x" }, true, nil, []string{"field_not_in_version@subject_key"}},
		{"year 9999", func(r *Record) { r.Time = "9999-01-01T00:00:00.000Z" }, true, nil, []string{"time_in_future@time", "time_out_of_range@time"}},
		{"year 0001", func(r *Record) { r.Time = "0001-01-01T00:00:00.000Z" }, true, nil, []string{"time_out_of_range@time"}},
		{"missing", func(r *Record) { r.Jurisdiction, r.Language = "", "" }, true, nil, []string{"missing_field@jurisdiction", "missing_field@language"}},
		{"no hash", func(r *Record) { r.Hash = "" }, false, nil, []string{"missing_field@hash"}},
		{"upper hash", func(r *Record) { r.Hash = strings.ToUpper(r.Hash) }, false, nil, []string{"invalid_hash@hash"}},
		{"bad id", func(r *Record) { r.ID = "3F0C6F1E-9D7A-4F7E-8A53-2B1F0E6C9A11" }, true, nil, []string{"invalid_id@id"}},
		{"short subject", func(r *Record) { r.Subject = "abc123" }, true, nil, []string{"invalid_subject@subject"}},
		{"padded subject", func(r *Record) { r.Subject = "k3J9xQ2mVb7Tz1LwPq8sYA==" }, true, nil, []string{"invalid_subject@subject"}},
		{"time no ms", func(r *Record) { r.Time = "2026-11-23T10:00:00Z" }, true, nil, []string{"invalid_time@time"}},
		{"time offset", func(r *Record) { r.Time = "2026-11-23T10:00:00.000+01:00" }, true, nil, []string{"invalid_time@time"}},
		{"future", func(r *Record) { r.Time = "2026-11-24T10:00:00.000Z" }, true, nil, []string{"time_in_future@time"}},
		{"action", func(r *Record) { r.Action = "accept" }, true, nil, []string{"unknown_action@action"}},
		{"model", func(r *Record) { r.Decision.Model = "maybe" }, true, nil, []string{"unknown_model@decision.model"}},
		{"jurisdiction", func(r *Record) { r.Jurisdiction = "fr" }, true, nil, []string{"invalid_jurisdiction@jurisdiction"}},
		{"language", func(r *Record) { r.Language = "french!" }, true, nil, []string{"invalid_language@language"}},
		{"prev", func(r *Record) { r.Prev = "abc" }, true, nil, []string{"invalid_prev@prev"}},
		{"notice", func(r *Record) { r.NoticeHash = "x" }, true, nil, []string{"invalid_notice_hash@notice_hash"}},
		{"accept_all partial", func(r *Record) { r.Action = ActionAcceptAll; r.Purposes["analytics"] = true }, true, nil,
			[]string{"action_purposes_mismatch@purposes.marketing"}},
		{"reject_all all true", func(r *Record) { r.Purposes["analytics"], r.Purposes["marketing"] = true, true }, true, nil,
			[]string{"action_purposes_mismatch@purposes"}},
		{"reject_all one true, config", func(r *Record) { r.Purposes["analytics"] = true }, true, &c,
			[]string{"action_purposes_mismatch@purposes.analytics"}},
		{"withdraw one true, config", func(r *Record) { r.Action = ActionWithdraw; r.Purposes["marketing"] = true }, true, &c,
			[]string{"action_purposes_mismatch@purposes.marketing"}},
		{"required false", func(r *Record) { r.Action = ActionSave; r.Purposes["necessary"] = false }, true, &c,
			[]string{"required_purpose_false@purposes.necessary"}},
		{"no purposes", func(r *Record) { r.Purposes = nil }, true, nil, []string{"missing_purposes@purposes"}},
		{"purpose ids", func(r *Record) { delete(r.Purposes, "marketing"); r.Purposes["ads"] = false }, true, &c,
			[]string{"purpose_missing@purposes.marketing", "unknown_purpose@purposes.ads"}},
		{"site", func(r *Record) { r.Site = "other.example" }, true, &c, []string{"site_mismatch@site"}},
		{"revision", func(r *Record) { r.Revision = "2026-01-01" }, true, &c, []string{"revision_outdated@revision"}},
		{"expired", func(r *Record) { r.Time = "2026-05-01T10:00:00.000Z" }, true, &c, []string{"consent_expired@time"}},
		{"expire action not expired", func(r *Record) { r.Action = ActionExpire; r.Time = "2026-05-01T10:00:00.000Z" }, true, &c, nil},
		{"marketing without form", func(r *Record) { r.Action, r.UI = ActionMarketingOptIn, nil }, true, nil, []string{"form_missing@form"}},
		{"form on cookie record", func(r *Record) { r.Form = &Form{Name: "newsletter", Channel: "email", Context: "signup"} }, true, nil,
			[]string{"form_unexpected@form"}},
		{"bad form", func(r *Record) {
			r.Action = ActionDOIConfirm
			r.Form = &Form{Name: "x", Channel: "fax", Context: "pub"}
		}, true, &c,
			[]string{"invalid_form@form.channel", "invalid_form@form.context", "unknown_form@form.name"}},
		{"email in purpose", func(r *Record) { r.Purposes["jane.doe@mail.example"] = false }, true, nil,
			[]string{"direct_identifier@purposes.jane.doe@mail.example"}},
		{"phone in revision", func(r *Record) { r.Revision = "call +44 20 7946 0958" }, true, nil, []string{"direct_identifier@revision"}},
		{"phone in rules", func(r *Record) { r.Decision.Rules = []string{"07700 900123"} }, true, nil,
			[]string{"direct_identifier@decision.rules[0]", "unknown_rule@decision.rules[0]"}},
		{"unknown rule", func(r *Record) { r.Decision.Rules = append(r.Decision.Rules, "XX.made.up") }, true, nil, []string{"unknown_rule@decision.rules[1]"}},
		{"no rules", func(r *Record) { r.Decision.Rules = nil }, true, nil, []string{"missing_field@decision.rules"}},
		{"consent mode", func(r *Record) {
			r.Signals.ConsentMode["ad_storage"] = "yes"
			r.Signals.ConsentMode["x_storage"] = "denied"
		}, true, nil,
			[]string{"invalid_consent_mode@signals.consent_mode.ad_storage", "unknown_consent_mode_type@signals.consent_mode.x_storage"}},
		{"ui", func(r *Record) { r.UI.Layer = 3; r.UI.Reject.Kind = "link" }, true, nil,
			[]string{"reject_not_on_first_layer@ui.layer", "reject_is_link@ui.reject.kind"}},
		{"ui on a form record", func(r *Record) {
			r.Action, r.Purposes = ActionMarketingOptIn, map[string]bool{"newsletter": true}
			r.Form = &Form{Name: "newsletter", Channel: "email", Context: "signup"}
		}, true, nil, []string{"ui_action_mismatch@ui.surface"}},
		{"bad utf-8", func(r *Record) { r.Site = "shop\xff" }, true, nil, []string{"invalid_utf8@site"}},
	} {
		r := validRecord()
		tc.edit(&r)
		if tc.reseal {
			r.Seal()
		}
		got := codes(ValidateRecord(r, testNow, tc.cfg))
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, want)
		}
	}
}

func TestValidateRecordEveryFindingCited(t *testing.T) {
	r := Record{V: 3, ID: "x", Subject: "y", Time: "z", Action: "q", Prev: "p", Hash: "h", Purposes: map[string]bool{"a@b.example": true},
		UI: &UIMeasurement{Accept: Box{Color: "?"}, Reject: Box{Kind: "link"}}, Form: &Form{}}
	c := testConfig()
	fs := ValidateRecord(r, testNow, &c)
	if len(fs) < 15 {
		t.Fatalf("want many findings, got %v", codes(fs))
	}
	for _, f := range fs {
		if f.Cite == "" || f.Message == "" || (f.Severity != SeverityError && f.Severity != SeverityWarning) || !isSnake(f.Code) {
			t.Errorf("incomplete finding %+v", f)
		}
	}
}

func isSnake(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z') && s[i] != '_' {
			return false
		}
	}
	return s != ""
}

func TestDirectIdentifiers(t *testing.T) {
	for s, want := range map[string]bool{
		"jane@example.com": true, "mail j.doe+x@sub.example.co.uk now": true, "+33 6 12 34 56 78": true,
		"+442079460958": true, "07700 900123": true, "(0)20 7946 0958": true, "01 23 45 67 89": true,
		"2026-11-23T10:00:00.000Z": false, "2026-11-01": false, "EU.ePrivacy.5.3": false, "v1.2.3": false,
		"@handle": false, "a@b": false, "user@localhost": false, "#1a56db": false, "rgb(26, 86, 219)": false,
		"FR.CNIL.2020-092": false, "+12": false, "0123": false, "ad_storage denied": false,
		"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08": false,
	} {
		if got := directIdentifier(s) != ""; got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

func TestFormatPredicates(t *testing.T) {
	for s, want := range map[string]bool{"en": true, "fr-CA": true, "zh-Hant-TW": true, "e": false, "en-": false,
		"english": false, "12": false, "en_US": false, "": false} {
		if isLanguageTag(s) != want {
			t.Errorf("isLanguageTag(%q) != %v", s, want)
		}
	}
	for s, want := range map[string]bool{"k3J9xQ2mVb7Tz1LwPq8sYA": true, "k3J9xQ2mVb7Tz1LwPq8sY": false,
		"k3J9xQ2mVb7Tz1LwPq8sYA_-": true, "k3J9xQ2mVb7Tz1LwPq8sYA+/": false, "k3J9xQ2mVb7Tz1LwPq8sYAbc": true} {
		if isRandomID(s) != want {
			t.Errorf("isRandomID(%q) != %v", s, want)
		}
	}
}

// The validator re-decides a record: a model or rule the law of its jurisdiction does not give for what it
// records is an error (GDPR Art. 5(2), 7(1)); what the widget really records stays valid.
func TestValidateRecordRedecides(t *testing.T) {
	form := func(j, channel, context, action, model string, ids ...string) func(*Record) {
		return func(r *Record) {
			r.Jurisdiction, r.Action, r.Purposes, r.UI = j, action, map[string]bool{"newsletter": action == ActionMarketingOptIn}, nil
			r.Form = &Form{Name: "newsletter", Channel: channel, Context: context}
			r.Decision = RecordDecision{Model: model, Rules: ids}
		}
	}
	lawful := func(j, channel, context string) func(*Record) {
		b, err := DecideBrief(FormScenario(j, channel, context, "2026-11-23"))
		if err != nil {
			t.Fatal(err)
		}
		return form(j, channel, context, ActionMarketingOptIn, b.Model, b.Rules...)
	}
	for _, c := range []struct {
		name string
		edit func(*Record)
		want []string
	}{
		// Prawo komunikacji elektronicznej art. 398: no soft opt-in in Poland since 10 Nov 2024.
		{"PL soft opt-in", form("PL", "email", "checkout", ActionMarketingOptOut, "soft_opt_in", "PL.PKE.398"),
			[]string{"decision_not_lawful@decision.model"}},
		// UWG §7(2) Nr. 2; BGH I ZR 164/09: DE email consent is double opt-in.
		{"DE email opt-in without DOI", form("DE", "email", "signup", ActionMarketingOptIn, "opt_in", "DE.UWG.7.2.2"),
			[]string{"decision_not_lawful@decision.model"}},
		// A French record cannot rest on Swiss law (FMG Art. 45c).
		{"FR citing a Swiss rule", func(r *Record) { r.Decision.Rules = []string{"CH.FMG.45c.b"} },
			[]string{"decision_not_lawful@decision.rules[0]"}},
		{"FR cookie record claiming soft opt-in", func(r *Record) { r.Decision.Model = "soft_opt_in" },
			[]string{"decision_not_lawful@decision.model"}},
		// What the engine decides is valid: the national rule, the EU instrument, a form as decided.
		{"FR national cookie rule", func(r *Record) { r.Decision.Rules = []string{"FR.LIL.82"} }, nil},
		{"FR EU instrument", func(r *Record) {}, nil},
		{"DE email form as decided", lawful("DE", "email", "signup"), nil},
		{"IE checkout soft opt-in as decided", lawful("IE", "email", "checkout"), nil},
		{"unknown country read as DE", func(r *Record) {
			r.Jurisdiction, r.Decision = "EU", RecordDecision{Model: "opt_in", Rules: []string{"DE.TDDDG.25.1"}}
		}, nil},
		{"EU reading citing French law", func(r *Record) {
			r.Jurisdiction, r.Decision = "EU", RecordDecision{Model: "opt_in", Rules: []string{"FR.LIL.82"}}
		}, []string{"decision_not_lawful@decision.rules[0]"}},
	} {
		r := validRecord()
		c.edit(&r)
		r.Seal()
		var got []string
		for _, f := range ValidateRecord(r, testNow, nil) {
			if f.Code == "decision_not_lawful" {
				got = append(got, f.Code+"@"+f.Field)
				if f.Severity != SeverityError || f.Cite == "" {
					t.Errorf("%s: %+v", c.name, f)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
