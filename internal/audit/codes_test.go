package audit

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// The auditor's own codes are declared in rules with their severity and citation, and doc.go's list of codes says
// the declared severities.
func TestCodesDeclaredAndDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^//\t([a-z0-9_]+) +(error|warning) `).FindAllStringSubmatch(string(doc), -1) {
		listed[m[1]] = m[2]
	}
	for code := range codeChecks {
		i := slices.IndexFunc(rules.FindingCodes, func(c rules.CodeInfo) bool { return c.Code == code })
		if i < 0 {
			t.Errorf("%s: not in rules.FindingCodes", code)
			continue
		}
		f := newFinding(code, "m", Evidence{})
		if f.Cite == "" || f.Check == "" || f.Severity != rules.FindingCodes[i].Severity {
			t.Errorf("%s: finding %+v", code, f)
		}
		if listed[code] != f.Severity {
			t.Errorf("doc.go lists %s as %q, declared %q", code, listed[code], f.Severity)
		}
	}
	if len(listed) < len(codeChecks) {
		t.Errorf("doc.go lists %d codes, the auditor has %d", len(listed), len(codeChecks))
	}
}
