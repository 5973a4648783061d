package audit

import (
	"bytes"
	"encoding/json"
	"sort"
)

// Schema is the value of [Report].Schema for this version of the report format. A change that removes or renames
// a field, or changes its meaning, gets a new schema value; new fields may be added under the same value.
const Schema = "assent.audit/v1"

// Severities of a [Finding]. An error is a violation (the command exits 1); a warning is worth a look.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Report is everything one audit found; it is what report.json holds (see REPORT.md for the schema).
type Report struct {
	Schema       string        `json:"schema"`
	URL          string        `json:"url"`
	FinalURL     string        `json:"final_url"`
	StartedAt    string        `json:"started_at"`
	DurationMS   int64         `json:"duration_ms"`
	Options      RunOptions    `json:"options"`
	Verdict      string        `json:"verdict"`
	Counts       Counts        `json:"counts"`
	Findings     []Finding     `json:"findings"`
	Checks       []Check       `json:"checks"`
	Banner       *Banner       `json:"banner"`
	Preferences  *Preferences  `json:"preferences"`
	Observations []Observation `json:"observations"`
	ConsentMode  *ConsentMode  `json:"consent_mode"`
	Assent       *AssentInfo   `json:"assent"`
	Environment  Environment   `json:"environment"`
	Screenshots  []Screenshot  `json:"screenshots"`
}

// RunOptions echo the options the audit ran with.
type RunOptions struct {
	Lang     string `json:"lang"`
	Viewport string `json:"viewport"`
	TimeoutS int    `json:"timeout_s"`
}

// Counts are the number of findings by severity.
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

// Finding is one problem, with a stable snake_case Code that programs may branch on (see doc.go for the list).
type Finding struct {
	Code     string   `json:"code"`
	Severity string   `json:"severity"`
	Check    string   `json:"check"`
	Message  string   `json:"message"`
	Cite     string   `json:"cite"`
	Evidence Evidence `json:"evidence"`
}

// Evidence is what the finding rests on: the element, the measured values, where it is on a screenshot.
type Evidence struct {
	Selector   string         `json:"selector,omitempty"`
	Values     map[string]any `json:"values,omitempty"`
	Screenshot string         `json:"screenshot,omitempty"`
	Regions    []Region       `json:"regions,omitempty"`
}

// Region is a rectangle in CSS pixels of the viewport at the time its screenshot was taken.
type Region struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Label  string  `json:"label,omitempty"`
}

// Check is one of the questions the audit asks, with its outcome.
type Check struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Status string `json:"status"` // pass, fail, warn, not_applicable, not_run
	Note   string `json:"note,omitempty"`
}

// Check statuses.
const (
	StatusPass          = "pass"
	StatusFail          = "fail"
	StatusWarn          = "warn"
	StatusNotApplicable = "not_applicable"
	StatusNotRun        = "not_run"
)

// Banner is the consent dialog found on the first visit (the first layer).
type Banner struct {
	Selector     string    `json:"selector"`
	InShadowRoot bool      `json:"in_shadow_root"`
	Role         string    `json:"role"`
	Lang         string    `json:"lang"`
	Text         string    `json:"text"`
	Reasons      []string  `json:"reasons"`
	Region       Region    `json:"region"`
	Controls     []Control `json:"controls"`
	Screenshot   string    `json:"screenshot"`
}

// Control is a button or link of a consent dialog, classified by what it does.
type Control struct {
	Role          string  `json:"role"` // accept, reject, preferences, save
	Text          string  `json:"text"`
	Tag           string  `json:"tag"`
	Selector      string  `json:"selector"`
	Link          bool    `json:"link"`
	InRunningText bool    `json:"in_running_text"`
	Measure       Measure `json:"measure"`
	Region        Region  `json:"region"`
	ref           int
}

// Measure is what the audit measured of a control: CSS pixels, computed styles, colours as #rrggbb, and the WCAG
// contrast ratio of its text on its effective background.
type Measure struct {
	Width      float64 `json:"width"`
	Height     float64 `json:"height"`
	FontSize   float64 `json:"font_size"`
	FontWeight int     `json:"font_weight"`
	Color      string  `json:"color"`
	Background string  `json:"background"`
	Filled     bool    `json:"filled"`
	Bordered   bool    `json:"bordered"`
	Underlined bool    `json:"underlined"`
	Contrast   float64 `json:"contrast"`
}

// Preferences is the second layer (the preferences or settings dialog) when the audit could open it.
type Preferences struct {
	Selector   string    `json:"selector"`
	Toggles    []Toggle  `json:"toggles"`
	Controls   []Control `json:"controls"`
	Screenshot string    `json:"screenshot"`
}

// Toggle is one purpose checkbox or switch of the preferences layer as first shown.
type Toggle struct {
	Label     string `json:"label"`
	Purpose   string `json:"purpose,omitempty"`
	Checked   bool   `json:"checked"`
	Disabled  bool   `json:"disabled"`
	Necessary bool   `json:"necessary"`
	Selector  string `json:"selector"`
	Region    Region `json:"region"`
}

// Observation is what the browser held and sent during one phase of the audit.
type Observation struct {
	Phase    string        `json:"phase"` // before_choice, after_reject, after_accept, gpc
	Note     string        `json:"note,omitempty"`
	Cookies  []Cookie      `json:"cookies"`
	Storage  []StorageItem `json:"storage"`
	Requests []Request     `json:"requests"`
}

// Cookie is a cookie present in the browser, classified by the knowledge base.
type Cookie struct {
	Name       string   `json:"name"`
	Domain     string   `json:"domain"`
	ThirdParty bool     `json:"third_party"`
	Session    bool     `json:"session"`
	ExpiresDay float64  `json:"expires_days"` // days from the observation; 0 for session cookies
	Category   Category `json:"category"`
	Vendor     string   `json:"vendor"`
}

// StorageItem is a localStorage or sessionStorage key or an IndexedDB database name of the page's origin.
type StorageItem struct {
	Kind     string   `json:"kind"` // local_storage, session_storage, indexeddb
	Name     string   `json:"name"`
	Category Category `json:"category"`
	Vendor   string   `json:"vendor"`
}

// Request is a request to another site than the page's (third party), or to a known tracker host.
type Request struct {
	URL        string   `json:"url"`
	Host       string   `json:"host"`
	Type       string   `json:"type"`
	ThirdParty bool     `json:"third_party"`
	Category   Category `json:"category"`
	Vendor     string   `json:"vendor"`
}

// ConsentMode is the Google Consent Mode state the page pushed to dataLayer before any choice.
type ConsentMode struct {
	Commands []GtagCommand     `json:"commands"`
	Default  map[string]string `json:"default"`
}

// GtagCommand is one gtag() call or dataLayer event, in order.
type GtagCommand struct {
	Command string            `json:"command"`
	Action  string            `json:"action"`
	Params  map[string]string `json:"params"`
}

// AssentInfo is what an Assent widget on the page reported.
type AssentInfo struct {
	State          json.RawMessage `json:"state"`
	Records        int             `json:"records"`
	LastAction     string          `json:"last_action"`
	ReceiptsValid  int             `json:"receipts_valid"`
	ReceiptsFailed int             `json:"receipts_failed"`
	Note           string          `json:"note,omitempty"`
}

// Environment describes the browser the audit ran in and what a page could still use to tell it from a person's.
type Environment struct {
	Browser             string   `json:"browser"`
	UserAgent           string   `json:"user_agent"`
	ViewportWidth       int64    `json:"viewport_width"`
	ViewportHeight      int64    `json:"viewport_height"`
	Mobile              bool     `json:"mobile"`
	Languages           []string `json:"languages"`
	AutomationSignals   []string `json:"automation_signals"`
	MayDetectAutomation bool     `json:"may_detect_automation"`
	Limits              []string `json:"limits"`
}

// Screenshot is a PNG written next to report.json (screenshots/NAME.png) and embedded in report.html.
type Screenshot struct {
	Name    string `json:"name"`
	File    string `json:"file"`
	Caption string `json:"caption"`
	Width   int64  `json:"width"`
	Height  int64  `json:"height"`
	png     []byte
}

// JSON returns the report as indented UTF-8 JSON with a final newline.
func (r *Report) JSON() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		panic("audit: encoding report: " + err.Error()) // only plain data: cannot fail
	}
	return buf.Bytes()
}

// Codes returns the distinct finding codes of the report, sorted.
func (r *Report) Codes() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range r.Findings {
		if !seen[f.Code] {
			seen[f.Code] = true
			out = append(out, f.Code)
		}
	}
	sort.Strings(out)
	return out
}

// finish fills the counts and the verdict, and gives nil slices their empty JSON form.
func (r *Report) finish() {
	r.Counts = Counts{}
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			r.Counts.Errors++
		} else {
			r.Counts.Warnings++
		}
	}
	switch {
	case r.Counts.Errors > 0:
		r.Verdict = "violations"
	case r.Counts.Warnings > 0:
		r.Verdict = "clean_with_warnings"
	default:
		r.Verdict = "clean"
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.Observations == nil {
		r.Observations = []Observation{}
	}
	if r.Screenshots == nil {
		r.Screenshots = []Screenshot{}
	}
	for i := range r.Observations {
		o := &r.Observations[i]
		if o.Cookies == nil {
			o.Cookies = []Cookie{}
		}
		if o.Storage == nil {
			o.Storage = []StorageItem{}
		}
		if o.Requests == nil {
			o.Requests = []Request{}
		}
	}
}
