package codec

import "github.com/assent-dev/assent/rules"

// Decide decides one scenario given as JSON (docs/contract.md section 6, strictly parsed as ParseScenario does, with
// today filling a missing date) and returns the decision as JSON. It is `assent decide` and `Assent.decide`:
// both call it, so the page and the command line answer alike.
func Decide(data []byte, today string) ([]byte, error) {
	s, err := ParseScenario(data, today)
	if err != nil {
		return nil, err
	}
	d, err := rules.Decide(s)
	if err != nil {
		return nil, err
	}
	return FormatDecision(d), nil
}
