package check

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/prooftest"
	"github.com/assent-dev/assent/rules"
)

// logOf builds a signed log of n sealed records the way the ledger does, and returns the export lines
// ({"record","receipt"} NDJSON, each receipt for the final tree) and the verifier key.
func logOf(t *testing.T, n int) ([]string, string) {
	t.Helper()
	var recs []rules.Record
	var entries []proof.Entry
	for i := 0; i < n; i++ {
		r := rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a1" + string(rune('0'+i)), Site: "shop.example",
			Subject: "k3J9xQ2mVb7Tz1LwPq8sYA", Time: "2026-11-23T10:00:00.000Z", Action: "reject_all",
			Purposes: map[string]bool{"necessary": true, "analytics": false}, Jurisdiction: "FR",
			Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "r1",
			Language: "fr", NoticeHash: strings.Repeat("ab", 32)}
		if i > 0 {
			r.Prev = recs[i-1].Hash
		}
		r.Seal()
		recs = append(recs, r)
		entries = append(entries, proof.Entry{RecordHash: r.Hash, LoggedAt: "2026-11-23T10:00:01.000Z"})
	}
	receipts, vkey := prooftest.Log(t, "shop.example", "test.example", entries)
	var lines []string
	for i, r := range recs {
		body, _ := r.MarshalJSON()
		lines = append(lines, `{"record":`+string(body)+`,"receipt":`+string(receipts[i].Format())+`}`)
	}
	return lines, vkey
}

func TestVerifyOneAndExport(t *testing.T) {
	lines, vkey := logOf(t, 5)
	one := Verify(lines[2], vkey)
	if !one.Valid || one.Records != 1 || one.Site != "shop.example" {
		t.Fatalf("one record: %+v", one)
	}
	all := Verify(strings.Join(lines, "\n")+"\n", vkey)
	if !all.Valid || all.Records != 5 || !strings.Contains(strings.Join(all.Notes, " "), "tree was rebuilt") {
		t.Fatalf("export: %+v", all)
	}
	arr := Verify("["+strings.Join(lines, ",")+"]", vkey)
	if !arr.Valid || arr.Records != 5 {
		t.Fatalf("array: %+v", arr)
	}
}

func TestVerifyRejectsTampering(t *testing.T) {
	lines, vkey := logOf(t, 3)
	_, otherKey, _ := proof.GenerateKey("other.example")
	cases := map[string]struct{ text, key string }{
		"record changed":        {strings.Replace(lines[1], `"analytics":false`, `"analytics":true`, 1), vkey},
		"receipt field renamed": {strings.Replace(lines[1], `"receipt":`, `"x":`, 1), vkey},
		"other key":             {lines[0], otherKey},
		"index changed":         {strings.Replace(lines[0], `"index":0`, `"index":1`, 1), vkey},
		"not json":              {"hello", vkey},
		"bad key":               {lines[0], "nonsense"},
		"receipt missing":       {`{"record":{}}`, vkey},
	}
	for name, c := range cases {
		res := Verify(c.text, c.key)
		if res.Valid || res.Error == "" {
			t.Errorf("%s: verified: %+v", name, res)
		}
		var back map[string]any
		if err := json.Unmarshal([]byte(res.JSON()), &back); err != nil || back["valid"] != false {
			t.Errorf("%s: JSON %s", name, res.JSON())
		}
	}
}

func TestValidateConfig(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	clean := `{"site":"shop.example","revision":"2026-11-01","controller":{"name":"Shop","contact":"privacy@shop.example","policy_url":"https://shop.example/privacy"},
	"purposes":[{"id":"necessary","required":true,"label":"Necessary","description":"Keeps the basket working."},
	{"id":"analytics","label":"Analytics","description":"Counts visits.","services":[{"name":"Plausible","provider":"Plausible Insights","retention":"13 months"}]}],
	"texts":{"en":{"title":"Privacy","body":"We use cookies."}}}`
	if got := ValidateConfig(clean, now); got != "[]" {
		t.Fatalf("clean config: %s", got)
	}
	bad := strings.Replace(clean, `"label":"Analytics"`, `"label":"Analytics","preticked":true`, 1)
	bad = strings.Replace(bad, `"site":`, `"colour":"blue","site":`, 1)
	got := ValidateConfig(bad, now)
	for _, code := range []string{"preticked_purposes", "unknown_field"} {
		if !strings.Contains(got, `"code":"`+code+`"`) {
			t.Errorf("want %s in %s", code, got)
		}
	}
	if got := ValidateConfig("{", now); !strings.Contains(got, `"severity":"error"`) {
		t.Errorf("malformed JSON: %s", got)
	}
}

// Assent.decide answers as `assent decide`: the GB email decision cites PECR reg 22 (docs/law.md section 2), and a bad
// scenario is an error naming its field (docs/contract.md section 6).
func TestDecide(t *testing.T) {
	var d struct {
		Model   string `json:"model"`
		Reasons []struct{ Rule, Cite, Text, URL string }
	}
	if err := json.Unmarshal([]byte(Decide(`{"country":"GB","channel":"email"}`, "2026-06-01")), &d); err != nil {
		t.Fatal(err)
	}
	if d.Model != "opt_in" || len(d.Reasons) == 0 || !strings.Contains(d.Reasons[0].Cite, "PECR") || d.Reasons[0].Text == "" {
		t.Errorf("GB email: %+v", d)
	}
	for in, want := range map[string]string{`{"country":"XX","channel":"email"}`: "country",
		`{"country":"GB","channel":"email","colour":"red"}`: "colour", `{`: "not JSON"} {
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(Decide(in, "2026-06-01")), &e); err != nil || !strings.Contains(e.Error, want) {
			t.Errorf("%s: error %q, want one naming %q", in, e.Error, want)
		}
	}
}

// TestTheme: the loader's theme check answers what widget.CheckTheme finds (a light accent is darkened for
// links, and the buttons' white labels then read on it), as JSON, and a bad input is a finding.
func TestTheme(t *testing.T) {
	var got struct {
		Fixed    map[string]string `json:"fixed"`
		Problems []rules.Finding   `json:"problems"`
	}
	in := `{"vars":{"--assent-accent":"rgb(232, 232, 232)","--assent-accent-fg":"rgb(255, 255, 255)"},"dark":false}`
	if err := json.Unmarshal([]byte(Theme(in)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Fixed["--assent-accent"] == "" || len(got.Problems) != 1 || got.Problems[0].Field != "--assent-accent" {
		t.Errorf("Theme(%s) = %+v, want --assent-accent replaced (then white reads on it)", in, got)
	}
	if err := json.Unmarshal([]byte(Theme("nonsense")), &got); err != nil || len(got.Problems) != 1 || got.Problems[0].Code != "theme_unreadable" {
		t.Errorf("Theme(nonsense) = %+v (%v)", got, err)
	}
}

// A record of one site with a receipt of another site's log (a faulty or hostile ledger) is not a proof for
// either: the page says so, as `assent verify` does.
func TestVerifyRecordOfAnotherSite(t *testing.T) {
	r := rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "other.example", Subject: "k3J9xQ2mVb7Tz1LwPq8sYA",
		Time: "2026-11-23T10:00:00.000Z", Action: "reject_all", Purposes: map[string]bool{"necessary": true}, Jurisdiction: "FR",
		Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "r1", Language: "fr",
		NoticeHash: strings.Repeat("ab", 32)}
	r.Seal()
	receipts, vkey := prooftest.Log(t, "shop.example", "test.example", []proof.Entry{{RecordHash: r.Hash, LoggedAt: "2026-11-23T10:00:01.000Z"}})
	body, _ := r.MarshalJSON()
	res := Verify(`{"record":`+string(body)+`,"receipt":`+string(receipts[0].Format())+`}`, vkey)
	if res.Valid || !strings.Contains(res.Error, "different sites") {
		t.Fatalf("record of another site: %+v", res)
	}
}

// The loader's self-check: a reject button smaller and fainter than accept is what the ledger refuses.
func TestUI(t *testing.T) {
	good := `{"layer":1,"surface":"banner","accept":{"width":120,"height":40,"font_size":16,"font_weight":600,"color":"rgb(255, 255, 255)","background":"rgb(26, 86, 219)","kind":"button"},` +
		`"reject":{"width":120,"height":40,"font_size":16,"font_weight":600,"color":"rgb(255, 255, 255)","background":"rgb(26, 86, 219)","kind":"button"}}`
	if got := UI(good); got != "[]" {
		t.Errorf("equal buttons: %s", got)
	}
	bad := strings.Replace(good, `"reject":{"width":120,"height":40,"font_size":16`, `"reject":{"width":60,"height":20,"font_size":9`, 1)
	if got := UI(bad); !strings.Contains(got, "reject_not_equal_prominence") {
		t.Errorf("small reject: %s", got)
	}
	if got := UI("nonsense"); !strings.Contains(got, "ui_unreadable") {
		t.Errorf("not JSON: %s", got)
	}
}
