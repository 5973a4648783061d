package widget

import (
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// buttonUI is what the widget would measure with a theme: accept all and reject all share one style (CSS).
func buttonUI(t *testing.T, vars map[string]string, dark bool) rules.UIMeasurement {
	t.Helper()
	c := ThemeDefaults(dark)
	for k, v := range vars {
		c[k] = v
	}
	b := rules.Box{Width: 150, Height: 44, FontSize: 16, FontWeight: 600, Color: c[VarAccentFg], Background: c[VarAccent], Kind: "button"}
	return rules.UIMeasurement{Layer: 1, Surface: rules.SurfaceBanner, Accept: b, Reject: b}
}

func TestCheckThemeDefaultsAreAccessible(t *testing.T) {
	for _, dark := range []bool{false, true} {
		fixed, problems := CheckTheme(nil, dark)
		if len(fixed) != 0 || len(problems) != 0 || problems == nil {
			t.Errorf("dark %v: the widget's own colours: fixed %v, problems %v", dark, fixed, problems)
		}
	}
}

func TestCheckThemeReplacesLowContrast(t *testing.T) {
	for _, tc := range []struct {
		name string
		vars map[string]string
		dark bool
		want []string // variables replaced
	}{
		{"pale button label", map[string]string{VarAccent: "#1a56db", VarAccentFg: "#7fa0ee"}, false, []string{VarAccentFg}},
		// The accent is also the links' colour on the background: darkened for them, it carries the white label.
		{"yellow brand, white label", map[string]string{VarAccent: "rgb(255, 204, 0)", VarAccentFg: "#fff"}, false, []string{VarAccent}},
		{"white brand on dark, white label", map[string]string{VarBg: "#000000", VarFg: "#eee", VarMuted: "#ccc", VarAccent: "#f4f4f4", VarAccentFg: "#fff"}, false, []string{VarAccentFg}},
		{"grey text", map[string]string{VarFg: "#aaaaaa", VarMuted: " #cccccc "}, false, []string{VarFg, VarMuted}},
		{"dark scheme, dark accent", map[string]string{VarAccent: "#0b1a40"}, true, []string{VarAccent}},
		{"translucent label", map[string]string{VarAccentFg: "rgba(255, 255, 255, 0.4)"}, false, []string{VarAccentFg}},
		{"mid grey button", map[string]string{VarBg: "#777777", VarFg: "#000", VarMuted: "#000", VarAccent: "#000", VarAccentFg: "#666"}, false, []string{VarAccentFg}},
	} {
		before := buttonUI(t, tc.vars, tc.dark)
		fixed, problems := CheckTheme(tc.vars, tc.dark)
		if len(fixed) != len(tc.want) {
			t.Errorf("%s: fixed %v, want %v", tc.name, fixed, tc.want)
		}
		for _, v := range tc.want {
			if fixed[v] == "" {
				t.Errorf("%s: %s not replaced (%v)", tc.name, v, fixed)
			}
		}
		for _, p := range problems {
			if p.Code != "low_contrast" || fixed[p.Field] == "" || !strings.Contains(p.Message, p.Field) ||
				!strings.Contains(p.Message, fixed[p.Field]) || p.Cite == "" {
				t.Errorf("%s: problem %+v does not name the variable and its replacement", tc.name, p)
			}
			if (p.Field == VarAccentFg) != (p.Severity == rules.SeverityError) {
				t.Errorf("%s: %s severity %s", tc.name, p.Field, p.Severity)
			}
		}
		// What a visitor notices: the ledger would have refused the theme's records, and accepts them with
		// the replacements.
		if _, ok := fixed[VarAccentFg]; ok && !rules.HasErrors(rules.ValidateUI(before)) {
			t.Errorf("%s: replaced a label the ledger accepts", tc.name)
		}
		vars := map[string]string{}
		for k, v := range tc.vars {
			vars[k] = v
		}
		for k, v := range fixed {
			vars[k] = v
		}
		if fs := rules.ValidateUI(buttonUI(t, vars, tc.dark)); len(fs) != 0 {
			t.Errorf("%s: with the replacements the buttons still fail: %v", tc.name, fs)
		}
		if f2, p2 := CheckTheme(vars, tc.dark); len(f2) != 0 || len(p2) != 0 {
			t.Errorf("%s: the fixed theme is not accessible: %v %v", tc.name, f2, p2)
		}
	}
}

func TestCheckThemeKeepsTheBrand(t *testing.T) {
	// The replacement is the site's colour moved just far enough, not black or white outright.
	fixed, _ := CheckTheme(map[string]string{VarAccent: "#ff8800", VarAccentFg: "#ffffff"}, false)
	if got := fixed[VarAccent]; got == "" || got == "#000000" {
		t.Fatalf("accent replaced by %q", got)
	}
	if r, _ := rules.ContrastRatio(fixed[VarAccent], "#ffffff"); r < rules.MinContrast || r > 5.2 {
		t.Errorf("accent %s has %.2f:1 on white: want just over 4.5", fixed[VarAccent], r)
	}
}

func TestCheckThemeUnreadable(t *testing.T) {
	fixed, problems := CheckTheme(map[string]string{VarAccent: "tomato", VarBg: "rgba(255, 255, 255, 0.5)"}, false)
	got := map[string]string{}
	for _, p := range problems {
		got[p.Field] = p.Code
		if p.Severity != rules.SeverityWarning {
			t.Errorf("%+v: want a warning", p)
		}
	}
	if len(fixed) != 0 || got[VarBg] != "contrast_unmeasured" || got[VarAccent] != "unparseable_color" || len(got) != 2 {
		t.Errorf("fixed %v, problems %v", fixed, problems)
	}
}

func TestRatioText(t *testing.T) {
	for r, want := range map[float64]string{4.489: "4.48", 21: "21", 1.5: "1.5", 4.05: "4.05", 0: "0"} {
		if got := ratioText(r); got != want {
			t.Errorf("ratioText(%v) = %q, want %q", r, got, want)
		}
	}
}
