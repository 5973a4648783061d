package rules

import (
	"math"
	"slices"
	"testing"
)

func goodUI() UIMeasurement {
	b := Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"}
	return UIMeasurement{Layer: 1, Accept: b, Reject: b}
}

func TestValidateUI(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*UIMeasurement)
		want []string
	}{
		{"equal", func(m *UIMeasurement) {}, nil},
		{"reject larger is fine", func(m *UIMeasurement) { m.Reject.Width = 200; m.Reject.FontWeight = 700 }, nil},
		{"within tolerance", func(m *UIMeasurement) { m.Reject.Width = 109; m.Reject.FontSize = 15; m.Reject.FontWeight = 500 }, nil},
		{"third layer", func(m *UIMeasurement) { m.Layer = 3 }, []string{"reject_not_on_first_layer@layer"}},
		{"banner on layer 2", func(m *UIMeasurement) { m.Layer, m.Surface = 2, SurfaceBanner }, []string{"reject_not_on_first_layer@layer"}},
		{"smaller area", func(m *UIMeasurement) { m.Reject.Width = 100 }, []string{"reject_not_equal_prominence@reject.width"}},
		{"smaller font", func(m *UIMeasurement) { m.Reject.FontSize = 14.5 }, []string{"reject_not_equal_prominence@reject.font_size"}},
		{"lighter", func(m *UIMeasurement) { m.Reject.FontWeight = 400 }, []string{"reject_not_equal_prominence@reject.font_weight"}},
		{"hidden", func(m *UIMeasurement) { m.Reject.Width = 0 }, []string{"reject_not_visible@reject"}},
		{"grey on white reject", func(m *UIMeasurement) { m.Reject.Color, m.Reject.Background = "#999", "#fff" },
			[]string{"low_contrast@reject.color"}},
		{"faint accept", func(m *UIMeasurement) { m.Accept.Color = "rgba(255, 255, 255, 0.3)" }, []string{"low_contrast@accept.color"}},
		{"link", func(m *UIMeasurement) { m.Reject.Kind = "link" }, []string{"reject_is_link@reject.kind"}},
		{"looks like link", func(m *UIMeasurement) {
			m.Reject.Kind, m.Reject.Background, m.Reject.Color = "", "rgba(0, 0, 0, 0)", "#1a56db"
		}, []string{"reject_looks_like_link@reject.background", "contrast_unmeasured@reject.background"}},
		{"bad colour", func(m *UIMeasurement) { m.Reject.Color = "blue-ish" }, []string{"unparseable_color@reject.color"}},
	} {
		m := goodUI()
		tc.edit(&m)
		fs := ValidateUI(m)
		got := codes(fs)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, want)
		}
		for _, f := range fs {
			if f.Cite == "" {
				t.Errorf("%s: %s has no citation", tc.name, f.Code)
			}
			if f.Code == "low_contrast" && f.Field == "accept.color" && f.Severity != SeverityWarning {
				t.Errorf("accept contrast should be a warning")
			}
		}
	}
}

func TestParseColor(t *testing.T) {
	for s, want := range map[string]rgba{
		"#fff": {255, 255, 255, 1}, "#1A56DB": {26, 86, 219, 1}, "#00000080": {0, 0, 0, 128.0 / 255}, "#0f08": {0, 255, 0, 136.0 / 255},
		"rgb(26, 86, 219)": {26, 86, 219, 1}, "rgba(0, 0, 0, 0.5)": {0, 0, 0, 0.5}, " RGB(10 20 30 / 50%) ": {10, 20, 30, 0.5},
		"rgb(100%, 0%, 50%)": {255, 0, 127.5, 1}, "transparent": {0, 0, 0, 0}, "rgb(300, -5, 0)": {255, 0, 0, 1},
	} {
		got, ok := parseColor(s)
		if !ok || math.Abs(got.r-want.r) > 1e-9 || math.Abs(got.g-want.g) > 1e-9 || math.Abs(got.b-want.b) > 1e-9 || math.Abs(got.a-want.a) > 1e-9 {
			t.Errorf("%q: got %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "#ff", "#ggg", "rgb(1,2)", "rgb(1,2,3", "hsl(0, 0%, 0%)", "rgb(a,b,c)", "red"} {
		if _, ok := parseColor(s); ok {
			t.Errorf("%q parsed", s)
		}
	}
}

// TestContrastRatio checks WCAG reference values: black on white is 21:1, white on #777 is about 4.48:1
// (fails 4.5), white on #767676 is 4.54:1 (the darkest grey that passes); values checked with a separate
// python3 one-liner of the WCAG formula.
func TestContrastRatio(t *testing.T) {
	c := func(s string) rgba { x, _ := parseColor(s); return x }
	for _, tc := range []struct {
		a, b string
		want float64
	}{{"#000", "#fff", 21}, {"#fff", "#fff", 1}, {"#fff", "#777", 4.48}, {"#fff", "#767676", 4.54}, {"#fff", "#1a56db", 6.18}} {
		if got := contrastRatio(c(tc.a), c(tc.b)); math.Abs(got-tc.want) > 0.01 {
			t.Errorf("%s on %s: %.3f, want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
}

// WCAG 2.1 success criterion 1.4.3 (contrast ratio, https://www.w3.org/TR/WCAG21/#contrast-minimum).
func TestContrastRatioAndHexColor(t *testing.T) {
	for _, c := range []struct {
		fg, bg string
		want   float64
		ok     bool
	}{
		{"#000", "#fff", 21, true},
		{"rgb(255, 255, 255)", "rgb(255, 255, 255)", 1, true},
		{"rgba(0, 0, 0, 0.5)", "#ffffff", 3.98, true},
		{"#000", "transparent", 0, false},
		{"oklch(0.5 0.1 200)", "#fff", 0, false},
	} {
		got, ok := ContrastRatio(c.fg, c.bg)
		if ok != c.ok || float64(int(got*100+0.5))/100 != c.want {
			t.Errorf("ContrastRatio(%s, %s) = %v, %v; want %v, %v", c.fg, c.bg, got, ok, c.want, c.ok)
		}
	}
	for _, c := range []struct{ in, over, want string }{
		{"rgba(0, 0, 0, 0.5)", "#ffffff", "#808080"},
		{"rgb(26, 86, 219)", "", "#1a56db"},
		{"rgba(0, 0, 0, 0)", "", "#00000000"},
		{"transparent", "rgba(1, 2, 3, 0.5)", "#00000000"},
	} {
		if h, ok := HexColor(c.in, c.over); !ok || h != c.want {
			t.Errorf("HexColor(%s, %s) = %s, %v; want %s", c.in, c.over, h, ok, c.want)
		}
	}
}
