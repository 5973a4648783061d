package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

func runValidate(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"validate"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// sealedRecord returns a valid record for the demo site as canonical JSON.
func sealedRecord(edit func(*rules.Record)) string {
	r := rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "demo.assent.test", Subject: "k3J9xQ2mVb7Tz1LwPq8sYA",
		Time: "2026-11-23T10:00:00.000Z", Action: rules.ActionRejectAll,
		Purposes:     map[string]bool{"necessary": true, "analytics": false, "marketing": false, "media": false},
		Jurisdiction: "FR", Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}},
		Revision: "2026-11-01", Language: "fr", NoticeHash: strings.Repeat("0f", 32)}
	if edit != nil {
		edit(&r)
	}
	r.Seal()
	return string(codec.FormatRecord(r))
}

func findingCodes(t *testing.T, stdout string) []string {
	t.Helper()
	var fs []rules.Finding
	if err := json.Unmarshal([]byte(stdout), &fs); err != nil {
		t.Fatalf("stdout is not a findings array: %v\n%s", err, stdout)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func TestValidateDemoConfig(t *testing.T) {
	code, out, errs := runValidate(t, "", "--now", "2026-11-23T12:00:00Z", "../../site/assent.json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q, stdout %s", code, errs, out)
	}
	findingCodes(t, out)
}

func TestValidateRecordCLI(t *testing.T) {
	now := "2026-11-23T12:00:00Z"
	good := writeTemp(t, "r.json", sealedRecord(nil))
	code, out, _ := runValidate(t, "", "--now", now, good)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("good record: exit %d %s", code, out)
	}
	// Kind detection, flags after the file, stdin.
	code, out, _ = runValidate(t, sealedRecord(nil), "-", "--kind", "record", "--now", now)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("stdin: exit %d %s", code, out)
	}
	tampered := strings.Replace(sealedRecord(nil), `"analytics":false`, `"analytics":true`, 1)
	code, out, _ = runValidate(t, tampered, "--now", now, "-")
	if code != 1 || !slices.Contains(findingCodes(t, out), "hash_mismatch") {
		t.Fatalf("tampered: exit %d %s", code, out)
	}
	// Against the demo config: the record lacks no purpose, but an old one has expired.
	old := writeTemp(t, "old.json", sealedRecord(func(r *rules.Record) { r.Time = "2026-01-02T10:00:00.000Z" }))
	code, out, _ = runValidate(t, "", "--now", now, "--config", "../../site/assent.json", old)
	if code != 1 || !slices.Equal(findingCodes(t, out), []string{"consent_expired"}) {
		t.Fatalf("expired: exit %d %s", code, out)
	}
	// Structural problems are findings too.
	extra := strings.Replace(sealedRecord(nil), `"v":1}`, `"v":1,"email":"x"}`, 1)
	code, out, _ = runValidate(t, extra, "--kind", "record", "-")
	if code != 1 || !slices.Equal(findingCodes(t, out), []string{"unknown_field"}) {
		t.Fatalf("unknown field: exit %d %s", code, out)
	}
}

// assent validate --kind record refuses a record whose decision the law of its jurisdiction does not give:
// exit 1 with a decision_not_lawful finding (GDPR Art. 5(2), 7(1)).
func TestValidateRecordAgainstTheLaw(t *testing.T) {
	now := "2026-11-23T12:00:00Z"
	for _, c := range []struct {
		name string
		edit func(*rules.Record)
	}{
		{"PL soft opt-in", func(r *rules.Record) {
			r.Jurisdiction, r.Action, r.Purposes = "PL", rules.ActionMarketingOptOut, map[string]bool{"newsletter": false}
			r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "checkout"}
			r.Decision = rules.RecordDecision{Model: "soft_opt_in", Rules: []string{"PL.PKE.398"}}
		}},
		{"DE email opt-in without double opt-in", func(r *rules.Record) {
			r.Jurisdiction, r.Action, r.Purposes = "DE", rules.ActionMarketingOptIn, map[string]bool{"newsletter": true}
			r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "signup"}
			r.Decision = rules.RecordDecision{Model: "opt_in", Rules: []string{"DE.UWG.7.2.2"}}
		}},
		{"FR citing a Swiss rule", func(r *rules.Record) { r.Decision.Rules = []string{"CH.FMG.45c.b"} }},
	} {
		code, out, _ := runValidate(t, sealedRecord(c.edit), "--kind", "record", "--now", now, "-")
		if code != 1 || !slices.Contains(findingCodes(t, out), "decision_not_lawful") {
			t.Errorf("%s: exit %d %s", c.name, code, out)
		}
	}
}

func TestValidateConfigCLI(t *testing.T) {
	bad := `{"site":"s","revision":"2026-11-01","controller":{"name":"n","contact":"c","policy_url":"/p"},"expiry_days":400,` +
		`"purposes":[{"id":"ads","label":"Ads","description":"d","preticked":true}],"colour":"red"}`
	code, out, _ := runValidate(t, bad, "-")
	got := findingCodes(t, out)
	if code != 1 || !slices.Contains(got, "unknown_field") || !slices.Contains(got, "expiry_too_long") || !slices.Contains(got, "preticked_purposes") {
		t.Fatalf("exit %d %v", code, got)
	}
	warnOnly := `{"site":"s","revision":"2026-11-01","controller":{"name":"n","contact":"c","policy_url":"/p"},` +
		`"purposes":[{"id":"necessary","required":true,"label":"Necessary","description":"cart"}],"colour":"red"}`
	code, out, _ = runValidate(t, warnOnly, "-")
	if code != 0 || !slices.Equal(findingCodes(t, out), []string{"unknown_field"}) {
		t.Fatalf("warnings only: exit %d %s", code, out)
	}
	// 9 months: over the CNIL's 6-month good practice (a warning), within the 13-month limit.
	nine := strings.Replace(warnOnly, `"colour":"red"`, `"expiry_days":270`, 1)
	code, out, _ = runValidate(t, nine, "-")
	if code != 0 || !slices.Equal(findingCodes(t, out), []string{"expiry_over_good_practice"}) {
		t.Fatalf("9 months: exit %d %s", code, out)
	}
}

func TestValidateUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"a.json", "b.json"}, {"--kind", "scenario", "-"}, {"--bogus", "-"},
		{"/nonexistent/file.json"}, {"--now", "yesterday", "-"}} {
		code, out, errs := runValidate(t, "{}", args...)
		if code != 2 || out != "" || errs == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	// Input that is not JSON (the codec's ErrNotJSON, read through its wrap) is exit 2, not findings (exit 1).
	for _, args := range [][]string{{"-"}, {"--kind", "record", "-"}, {"--kind", "config", "-"}} {
		for _, in := range []string{"not json", `{"site":"s","purposes":[`} {
			code, out, errs := runValidate(t, in, args...)
			if code != 2 || out != "" || !strings.Contains(errs, "not JSON") {
				t.Errorf("%v on %q: exit %d, stdout %q, stderr %q", args, in, code, out, errs)
			}
		}
	}
}

// TestSchemaCoversSiteConfig checks that site/schema/assent.schema.json and rules.SiteConfig describe the
// same fields: every JSON field the Go type knows is a schema property, and every schema property is a field.
func TestSchemaCoversSiteConfig(t *testing.T) {
	b, err := os.ReadFile("../../site/schema/assent.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(b, &schema); err != nil {
		t.Fatal(err)
	}
	if schema["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("not a 2020-12 schema")
	}
	compareSchema(t, schema, schema, reflect.TypeFor[rules.SiteConfig](), "")
}

func compareSchema(t *testing.T, root, node map[string]any, typ reflect.Type, path string) {
	t.Helper()
	node = resolveRef(t, root, node)
	if alts, ok := node["oneOf"].([]any); ok && typ.Kind() == reflect.Pointer && typ.Elem().Kind() == reflect.Struct {
		for _, a := range alts { // a boolean-or-object field (consent_mode, an integration): the object form
			if m, ok := a.(map[string]any); ok {
				if m = resolveRef(t, root, m); m["properties"] != nil {
					node = m
				}
			}
		}
	}
	for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
		typ = typ.Elem()
		if items, ok := node["items"].(map[string]any); ok {
			node = resolveRef(t, root, items)
		}
	}
	if typ.Kind() == reflect.Map {
		if ap, ok := node["additionalProperties"].(map[string]any); ok && typ.Elem().Kind() == reflect.Struct {
			compareSchema(t, root, ap, typ.Elem(), path+".*")
		}
		return
	}
	if typ.Kind() != reflect.Struct {
		return
	}
	props, _ := node["properties"].(map[string]any)
	if node["additionalProperties"] != false {
		t.Errorf("%s: schema object should set additionalProperties false", path)
	}
	seen := map[string]bool{"$schema": true}
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		seen[name] = true
		p, ok := props[name].(map[string]any)
		if !ok {
			t.Errorf("%s.%s: in rules.SiteConfig but not in the schema", path, name)
			continue
		}
		compareSchema(t, root, p, typ.Field(i).Type, path+"."+name)
	}
	for name := range props {
		if !seen[name] {
			t.Errorf("%s.%s: in the schema but not in rules.SiteConfig", path, name)
		}
	}
}

func resolveRef(t *testing.T, root, node map[string]any) map[string]any {
	t.Helper()
	ref, ok := node["$ref"].(string)
	if !ok {
		return node
	}
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	def, ok2 := root["$defs"].(map[string]any)[name].(map[string]any)
	if !ok || !ok2 {
		t.Fatalf("unresolvable $ref %q", ref)
	}
	return def
}
