package audit

import (
	"math"
	"strconv"
	"strings"
)

// bannerInfo is what the probe's findBanner returns: a candidate consent dialog and its controls.
type bannerInfo struct {
	Ref            int            `json:"ref"`
	Score          int            `json:"score"`
	Reasons        []string       `json:"reasons"`
	Selector       string         `json:"selector"`
	InShadowRoot   bool           `json:"in_shadow_root"`
	Role           string         `json:"role"`
	Assent         string         `json:"assent"`
	Text           string         `json:"text"`
	Lang           string         `json:"lang"`
	Region         Region         `json:"region"`
	Controls       []probeControl `json:"controls"`
	Toggles        []Toggle       `json:"toggles"`
	ConsentWording bool           `json:"consent_wording"`
}

type probeControl struct {
	Ref           int          `json:"ref"`
	Role          string       `json:"role"`
	Text          string       `json:"text"`
	Tag           string       `json:"tag"`
	Selector      string       `json:"selector"`
	Link          bool         `json:"link"`
	InRunningText bool         `json:"in_running_text"`
	Measure       probeMeasure `json:"measure"`
	Region        Region       `json:"region"`
}

type probeMeasure struct {
	Width      float64 `json:"width"`
	Height     float64 `json:"height"`
	FontSize   float64 `json:"font_size"`
	FontWeight int     `json:"font_weight"`
	Color      string  `json:"color"`
	Background string  `json:"background"`
	Filled     bool    `json:"filled"`
	Bordered   bool    `json:"bordered"`
	Underlined bool    `json:"underlined"`
}

// control converts a probe control into the report's form: colours as #rrggbb and the contrast ratio.
func (p probeControl) control() Control {
	m := p.Measure
	fg, okF := parseCSSColor(m.Color)
	bg, okB := parseCSSColor(m.Background)
	out := Measure{Width: m.Width, Height: m.Height, FontSize: m.FontSize, FontWeight: m.FontWeight,
		Color: m.Color, Background: m.Background, Filled: m.Filled, Bordered: m.Bordered, Underlined: m.Underlined}
	if okB {
		out.Background = bg.hex()
		if okF {
			fg = fg.over(bg)
			out.Color = fg.hex()
			out.Contrast = contrastRatio(fg, bg)
		}
	}
	return Control{Role: p.Role, Text: p.Text, Tag: p.Tag, Selector: p.Selector, Link: p.Link,
		InRunningText: p.InRunningText, Measure: out, Region: p.Region, ref: p.Ref}
}

// controls converts and returns all controls, and the first of each role.
func (b *bannerInfo) controls() (all []Control, first map[string]*Control) {
	first = map[string]*Control{}
	for _, p := range b.Controls {
		all = append(all, p.control())
	}
	for i := range all {
		if first[all[i].Role] == nil {
			first[all[i].Role] = &all[i]
		}
	}
	return all, first
}

// toBanner is the report's view of the first layer.
func (b *bannerInfo) toBanner(shot string) *Banner {
	all, _ := b.controls()
	if all == nil {
		all = []Control{}
	}
	return &Banner{Selector: b.Selector, InShadowRoot: b.InShadowRoot, Role: b.Role, Lang: b.Lang,
		Text: clip(b.Text, 400), Reasons: b.Reasons, Region: b.Region, Controls: all, Screenshot: shot}
}

// rgba is a colour with components 0-255 and alpha 0-1.
type rgba struct{ r, g, b, a float64 }

// parseCSSColor reads the rgb()/rgba() form getComputedStyle returns.
func parseCSSColor(s string) (rgba, bool) {
	s = strings.TrimSpace(s)
	open, close := strings.Index(s, "("), strings.LastIndex(s, ")")
	if !strings.HasPrefix(s, "rgb") || open < 0 || close < open {
		return rgba{}, false
	}
	f := strings.FieldsFunc(s[open+1:close], func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
	if len(f) < 3 {
		return rgba{}, false
	}
	var v [4]float64
	v[3] = 1
	for i := 0; i < len(f) && i < 4; i++ {
		x, err := strconv.ParseFloat(strings.TrimSuffix(f[i], "%"), 64)
		if err != nil {
			return rgba{}, false
		}
		if strings.HasSuffix(f[i], "%") {
			x = x / 100
			if i < 3 {
				x *= 255
			}
		}
		v[i] = x
	}
	return rgba{v[0], v[1], v[2], v[3]}, true
}

// over composes c on an opaque background.
func (c rgba) over(bg rgba) rgba {
	if c.a >= 1 {
		return c
	}
	return rgba{c.r*c.a + bg.r*(1-c.a), c.g*c.a + bg.g*(1-c.a), c.b*c.a + bg.b*(1-c.a), 1}
}

func (c rgba) hex() string {
	const digits = "0123456789abcdef"
	out := []byte{'#'}
	for _, x := range []float64{c.r, c.g, c.b} {
		n := int(x + 0.5)
		n = max(0, min(255, n))
		out = append(out, digits[n>>4], digits[n&15])
	}
	return string(out)
}

// luminance is the WCAG 2.1 relative luminance.
func (c rgba) luminance() float64 {
	lin := func(x float64) float64 {
		x /= 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// contrastRatio is the WCAG 2.1 contrast ratio (1 to 21), rounded to two decimals.
func contrastRatio(a, b rgba) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	r := (la + 0.05) / (lb + 0.05)
	return float64(int(r*100+0.5)) / 100
}
