package rules

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"sync"
	"testing"
)

// emitted collects the code and severity of every finding the tests of this package see (through codes), so
// TestMain can check them against FindingCodes once every test has run.
var emitted = struct {
	sync.Mutex
	m map[string]map[string]bool // code -> severities
}{m: map[string]map[string]bool{}}

func noteEmitted(fs []Finding) {
	emitted.Lock()
	defer emitted.Unlock()
	for _, f := range fs {
		if emitted.m[f.Code] == nil {
			emitted.m[f.Code] = map[string]bool{}
		}
		emitted.m[f.Code][f.Severity] = true
	}
}

// TestMain runs the tests, then fails when a finding one of them produced has a code FindingCodes does not
// declare, or a severity other than the declared one.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && len(emitted.m) > 0 {
		if problems := checkEmitted(emitted.m); len(problems) > 0 {
			fmt.Fprintln(os.Stderr, "FAIL: findings the validators produced in these tests do not match rules.FindingCodes (rules/vocab.go):")
			for _, p := range problems {
				fmt.Fprintln(os.Stderr, "\t"+p)
			}
			code = 1
		}
	}
	os.Exit(code)
}

func checkEmitted(m map[string]map[string]bool) []string {
	var problems []string
	for c, sevs := range m {
		info, ok := findingCode(c)
		if !ok {
			problems = append(problems, strconv.Quote(c)+" is not declared")
			continue
		}
		for s := range sevs {
			if info.Severity != SeverityEither && s != info.Severity {
				problems = append(problems, c+" reported as "+s+", declared "+info.Severity)
			}
		}
	}
	sort.Strings(problems)
	return problems
}

func findingCode(c string) (CodeInfo, bool) {
	i := slices.IndexFunc(FindingCodes, func(x CodeInfo) bool { return x.Code == c })
	if i < 0 {
		return CodeInfo{}, false
	}
	return FindingCodes[i], true
}

// The validators' findings reach TestMain's check: a finding with an undeclared code fails it.
func TestEmittedCodesChecked(t *testing.T) {
	c := testConfig()
	c.Purposes[1].Preticked = true
	noteEmitted(ValidateConfig(c))
	if got := checkEmitted(map[string]map[string]bool{"made_up": {SeverityError: true}, CodeLowContrast: {SeverityWarning: true},
		CodeHashMismatch: {SeverityWarning: true}}); !slices.Equal(got, []string{`"made_up" is not declared`,
		"hash_mismatch reported as warning, declared error"}) {
		t.Errorf("checkEmitted = %q", got)
	}
}
