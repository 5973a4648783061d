package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// docs/law.md says what the rules do: every example row (a scenario in backticks, then the model) decides as
// written, as of the day the page names, through `assent decide` as a user would run it.
func TestLawDocExamplesDecideAsWritten(t *testing.T) {
	data, err := os.ReadFile("../../docs/law.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| [A-Z]{2} \\| [^|]+ \\| `(\\{[^`]+\\})` \\| `([a-z_]+)` \\|")
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		var scenario map[string]any
		if err := json.Unmarshal([]byte(m[1]), &scenario); err != nil {
			t.Errorf("docs/law.md: %s: %v", m[1], err)
			continue
		}
		if _, ok := scenario["date"]; !ok {
			scenario["date"] = "2026-12-01"
		}
		in, _ := json.Marshal(scenario)
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"decide", "-"}, bytes.NewReader(in), &out, &errb); code != 0 {
			t.Errorf("docs/law.md: %s: exit %d: %s", in, code, errb.String())
			continue
		}
		var d struct {
			Model string `json:"model"`
		}
		if err := json.Unmarshal(out.Bytes(), &d); err != nil || d.Model != m[2] {
			t.Errorf("docs/law.md: %s decides %q (%v), the page says %q", in, d.Model, err, m[2])
		}
	}
	if n < 40 {
		t.Errorf("docs/law.md has %d example rows, want the table of section 2 (at least 40)", n)
	}
}
