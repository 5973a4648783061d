package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type decideOutput struct {
	Model         string `json:"model"`
	RegisterCheck string `json:"register_check"`
	DoubleOptIn   string `json:"double_opt_in"`
	// Duties is a pointer so that a missing field is told apart from an empty list.
	Duties          *[]string `json:"duties"`
	ParentalConsent *string   `json:"parental_consent"`
	Reasons         []struct {
		Rule, Text, Cite, URL string
	} `json:"reasons"`
}

func runDecide(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cmdDecide(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDecideReadsStdin(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}} {
		code, out, errs := runDecide(t, `{"country":"GB","channel":"phone","date":"2026-06-01"}`, args...)
		if code != 0 || errs != "" {
			t.Fatalf("args %v: exit %d, stderr %q", args, code, errs)
		}
		var d decideOutput
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("stdout is not one JSON document: %v\n%s", err, out)
		}
		if d.Model != "opt_out" || d.RegisterCheck != "TPS" || len(d.Reasons) == 0 || d.Reasons[0].Cite == "" {
			t.Errorf("decision %+v", d)
		}
	}
}

func TestDecideReadsAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	os.WriteFile(path, []byte(`{"country":"DE","channel":"email","date":"2026-06-01"}`), 0o600)
	code, out, _ := runDecide(t, "", path)
	var d decideOutput
	json.Unmarshal([]byte(out), &d)
	if code != 0 || d.Model != "double_opt_in" || d.DoubleOptIn != "required" {
		t.Errorf("exit %d, %s", code, out)
	}
}

func TestDecideBatchKeepsOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "batch.json")
	os.WriteFile(path, []byte(`[
		{"country":"FR","channel":"cookies","purpose":"analytics","analytics_exemption":true,"date":"2026-06-01"},
		{"country":"PL","channel":"email","relationship":"customer","date":"2026-06-01"},
		{"country":"GB","channel":"post","date":"2026-06-01"}]`), 0o600)
	code, out, errs := runDecide(t, "", "--batch", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ds []decideOutput
	if err := json.Unmarshal([]byte(out), &ds); err != nil {
		t.Fatal(err)
	}
	var models []string
	for _, d := range ds {
		models = append(models, d.Model)
	}
	if strings.Join(models, " ") != "exempt opt_in opt_out" {
		t.Errorf("models %v", models)
	}
	if code, out, _ := runDecide(t, `[{"country":"IT","channel":"sms"}]`, "--batch", "-"); code != 0 || !strings.HasPrefix(out, "[") {
		t.Errorf("batch from stdin: exit %d, %s", code, out)
	}
}

func TestDecideUsesTodayWhenNoDate(t *testing.T) {
	in := `{"country":"FR","channel":"phone"}`
	for today, want := range map[string]string{"2026-07-01": "opt_out", "2026-09-01": "opt_in"} {
		_, out, _ := runDecide(t, in, "--today", today)
		var d decideOutput
		json.Unmarshal([]byte(out), &d)
		if d.Model != want {
			t.Errorf("today %s: model %q, want %q", today, d.Model, want)
		}
	}
	if code, _, _ := runDecide(t, in); code != 0 {
		t.Errorf("default today: exit %d", code)
	}
}

func TestDecideBadInputExits2NamingTheField(t *testing.T) {
	cases := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"unknown field", `{"country":"FR","channel":"email","colour":"red"}`, nil, `"colour"`},
		{"unknown value", `{"country":"FR","channel":"fax"}`, nil, `"channel"`},
		{"wrong type", `{"country":"FR","channel":"email","similar_products":"yes"}`, nil, `"similar_products"`},
		{"missing country", `{"channel":"email"}`, nil, `"country"`},
		{"unknown country", `{"country":"US","channel":"email"}`, nil, `"country"`},
		{"cookies without purpose", `{"country":"FR","channel":"cookies"}`, nil, `"purpose"`},
		{"not JSON", `country=FR`, nil, "not JSON"},
		{"batch element", `[{"country":"FR","channel":"email"},{"country":"FR"}]`, []string{"--batch", "-"}, `"[1].channel"`},
		{"missing file", ``, []string{"/nonexistent/scenario.json"}, "no such file"},
		{"two files", ``, []string{"a.json", "b.json"}, "too many arguments"},
		{"file and batch", ``, []string{"--batch", "a.json", "b.json"}, "too many arguments"},
		{"bad today", `{"country":"FR","channel":"email"}`, []string{"--today", "tomorrow"}, `"date"`},
		{"unknown flag", ``, []string{"--verbose"}, "verbose"},
		{"bad business_address", `{"country":"BE","channel":"email","recipient":"business","business_address":"generic"}`, nil, `"business_address"`},
		{"business_address not a string", `{"country":"BE","channel":"email","business_address":true}`, nil, `"business_address"`},
		{"age too high", `{"country":"GB","channel":"email","age":121}`, nil, `"age"`},
		{"age negative", `{"country":"GB","channel":"email","age":-1}`, nil, `"age"`},
		{"age not whole", `{"country":"GB","channel":"email","age":12.5}`, nil, `"age"`},
		{"age as text", `{"country":"GB","channel":"email","age":"12"}`, nil, `"age"`},
		{"collected after date", `{"country":"GB","channel":"email","relationship":"customer","collected_on":"2027-01-01","date":"2026-06-01"}`, nil, `"collected_on"`},
		{"unknown relationship", `{"country":"GB","channel":"email","relationship":"fan"}`, nil, `"relationship"`},
	}
	for _, c := range cases {
		code, out, errs := runDecide(t, c.stdin, c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and a message with %s", c.name, code, out, errs, c.want)
		}
	}
}

// The legal-depth additions (issue 13), as a caller of assent decide sees them: the fields business_address,
// age and relationship "interest", and the decision's duties and parental_consent, each with its citation.
func TestDecideLegalDepth(t *testing.T) {
	cases := []struct {
		name, stdin string
		model, rule string
		duties      string // space-separated, "" for none
		parental    string
	}{
		// Royal Decree 4 Apr 2003 art. 1, 2°: only impersonal addresses are exempt.
		{"BE named address", `{"country":"BE","channel":"email","recipient":"business"}`, "opt_in", "BE.AR2003.1.2.named", "", ""},
		{"BE impersonal address", `{"country":"BE","channel":"email","recipient":"business","business_address":"impersonal"}`, "opt_out", "BE.AR2003.1.2", "inform offer_objection", ""},
		// Grt. § 6(1): natural persons, named employees included.
		{"HU named address", `{"country":"HU","channel":"email","recipient":"business","business_address":"named"}`, "opt_in", "HU.Grt.6.named", "", ""},
		// CPCE L.34-5, CNIL B2B: informed and able to object at collection.
		{"FR B2B without objection at collection", `{"country":"FR","channel":"email","recipient":"business","business_relevant":true,"optout_in_every_message":true}`, "opt_in", "FR.CNIL.B2B.not_informed", "", ""},
		// PECR reg 22(3A) (DUAA 2025 s.114): interest in a charity's purposes, details from 5 Feb 2026.
		{"GB charity interest", `{"country":"GB","channel":"sms","sender":"charity","relationship":"interest","optout_at_collection":true,"optout_in_every_message":true,"collected_on":"2026-02-05"}`, "soft_opt_in", "GB.PECR.22.3A", "inform offer_objection", ""},
		// PECR Sch A1 (DUAA 2025 Sch 12): exemptions that still carry duties.
		{"GB functional cookies", `{"country":"GB","channel":"cookies","purpose":"functional"}`, "exempt", "GB.PECR.SchA1.functional", "inform offer_objection", ""},
		{"GB statistics cookies", `{"country":"GB","channel":"cookies","purpose":"analytics","analytics_exemption":true}`, "exempt", "GB.PECR.SchA1.statistics", "inform offer_objection", ""},
		// LIL art. 82; CNIL audience measurement guidance.
		{"FR audience measurement", `{"country":"FR","channel":"cookies","purpose":"analytics","analytics_exemption":true}`, "exempt", "FR.CNIL.audience", "inform offer_objection", ""},
		// PECR reg 21: TPS.
		{"GB phone register", `{"country":"GB","channel":"phone"}`, "opt_out", "GB.PECR.21", "inform offer_objection check_register", ""},
		// GDPR Art 8(1); DPA 2018 s.9; Personopplysningsloven §5; LOPDGDD art. 7.
		{"GB child of 12", `{"country":"GB","channel":"email","age":12}`, "opt_in", "GB.digital_age", "", "required"},
		{"NO child of 13", `{"country":"NO","channel":"cookies","purpose":"marketing","age":13}`, "opt_in", "", "", ""},
		{"ES child of 13", `{"country":"ES","channel":"cookies","purpose":"marketing","age":13}`, "opt_in", "ES.digital_age", "", "required"},
		{"CH child of 12", `{"country":"CH","channel":"email","age":12}`, "opt_in", "CH.digital_age", "", ""},
		// GDPR Art 21(3): post after an objection.
		{"FR post after objection", `{"country":"FR","channel":"post","on_optout_register":true}`, "opt_in", "EU.GDPR.21.3", "", ""},
		{"GB post, MPS not statutory", `{"country":"GB","channel":"post"}`, "opt_out", "GB.UKGDPR.21", "inform offer_objection", ""},
	}
	for _, c := range cases {
		code, out, errs := runDecide(t, c.stdin, "--today", "2026-12-01")
		var d decideOutput
		if err := json.Unmarshal([]byte(out), &d); code != 0 || err != nil {
			t.Fatalf("%s: exit %d, %v, stderr %q", c.name, code, err, errs)
		}
		if d.Duties == nil || d.ParentalConsent == nil {
			t.Fatalf("%s: duties or parental_consent missing from %s", c.name, out)
		}
		var rules []string
		for _, r := range d.Reasons {
			rules = append(rules, r.Rule)
		}
		if d.Model != c.model || strings.Join(*d.Duties, " ") != c.duties || *d.ParentalConsent != c.parental ||
			(c.rule != "" && !strings.Contains(" "+strings.Join(rules, " ")+" ", " "+c.rule+" ")) {
			t.Errorf("%s: got %s", c.name, out)
		}
		if c.name == "GB post, MPS not statutory" && d.RegisterCheck != "" {
			t.Errorf("%s: register_check %q for a register the law does not make", c.name, d.RegisterCheck)
		}
	}
}
