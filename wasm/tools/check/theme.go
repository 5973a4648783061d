package check

import (
	"encoding/json"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/widget"
)

// Theme checks the theme a page gives the widget (widget.CheckTheme) for the loader, which reads it in the
// browser: text is {"vars": {"--assent-bg": "rgb(255, 255, 255)", ...}, "dark": bool}, the variables as
// computed colours. It returns {"fixed": {variable: colour}, "problems": [findings]} as JSON; input that is not
// such an object is a problem of its own ("theme_unreadable"). The check lives here, in the tools wasm the
// loader fetches only for a theme its own contrast check doubts, not in the engine every visitor downloads.
func Theme(text string) string {
	var in struct {
		Vars map[string]string `json:"vars"`
		Dark bool              `json:"dark"`
	}
	var out struct {
		Fixed    map[string]string `json:"fixed"`
		Problems []rules.Finding   `json:"problems"`
	}
	if err := json.Unmarshal([]byte(text), &in); err != nil {
		out.Fixed = map[string]string{}
		out.Problems = []rules.Finding{{Code: rules.CodeThemeUnreadable, Severity: rules.SeverityWarning, Message: "check: theme: " + err.Error()}}
	} else {
		out.Fixed, out.Problems = widget.CheckTheme(in.Vars, in.Dark)
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// UI checks what the loader measured of a layer it showed (a rules.UIMeasurement as JSON) with
// rules.ValidateUI, and returns the findings as a JSON array. The loader asks only when its own quick look
// doubts the layer: the check lives here, not in the engine every visitor downloads.
func UI(text string) string {
	var m rules.UIMeasurement
	fs := []rules.Finding{}
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		fs = append(fs, rules.Finding{Code: rules.CodeUIUnreadable, Severity: rules.SeverityWarning, Message: "check: ui: " + err.Error()})
	} else {
		fs = append(fs, rules.ValidateUI(m)...)
	}
	b, _ := json.Marshal(fs)
	return string(b)
}
