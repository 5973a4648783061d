package rules

// Severity values of a Finding.
const (
	// SeverityError marks a finding that makes the config, record or UI invalid: consent collected this way
	// would not hold up (assent validate exits 1).
	SeverityError = "error"
	// SeverityWarning marks a finding worth fixing that does not by itself invalidate consent.
	SeverityWarning = "warning"
)

// Finding is one problem found by ValidateRecord, ValidateConfig or ValidateUI.
//
// Code is a stable snake_case identifier that programs (Go, JS, HTTP clients) branch on; Severity is
// SeverityError or SeverityWarning; Message is a sentence for people; Cite names the law or guidance the
// check comes from (e.g. "GDPR Art. 7(1)"); Field is the JSON path of the offending value (e.g.
// "purposes[1].services[0].provider"), or "" when the finding concerns the whole document.
type Finding struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Cite     string `json:"cite"`
	Field    string `json:"field,omitempty"`
}

// HasErrors reports whether any finding has SeverityError.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// findings collects findings; its methods keep the validators short.
type findings []Finding

func (fs *findings) err(code, field, msg, cite string) {
	*fs = append(*fs, Finding{Code: code, Severity: SeverityError, Message: msg, Cite: cite, Field: field})
}

func (fs *findings) warn(code, field, msg, cite string) {
	*fs = append(*fs, Finding{Code: code, Severity: SeverityWarning, Message: msg, Cite: cite, Field: field})
}

// list returns the findings as a non-nil slice, so an empty result encodes as [] rather than null.
func (fs findings) list() []Finding {
	if fs == nil {
		return []Finding{}
	}
	return []Finding(fs)
}
