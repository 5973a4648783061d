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
	Reasons       []struct {
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
	}
	for _, c := range cases {
		code, out, errs := runDecide(t, c.stdin, c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and a message with %s", c.name, code, out, errs, c.want)
		}
	}
}
