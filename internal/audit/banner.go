package audit

import "github.com/assent-dev/assent/rules"

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
	out := Measure{Width: m.Width, Height: m.Height, FontSize: m.FontSize, FontWeight: m.FontWeight,
		Color: m.Color, Background: m.Background, Filled: m.Filled, Bordered: m.Bordered, Underlined: m.Underlined}
	if bg, ok := rules.HexColor(m.Background, ""); ok {
		out.Background = bg
		if fg, ok := rules.HexColor(m.Color, m.Background); ok {
			out.Color = fg
		}
		if r, ok := rules.ContrastRatio(m.Color, m.Background); ok {
			out.Contrast = float64(int(r*100+0.5)) / 100
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
