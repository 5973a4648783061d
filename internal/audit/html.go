package audit

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"sort"
	"strings"
)

//go:embed report.html.tmpl
var reportTemplate string

var tmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"json": func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	},
	"title": func(id string) string {
		for _, t := range checkTitles {
			if t.id == id {
				return t.title
			}
		}
		return id
	},
	"upper":  strings.ToUpper,
	"values": sortedValues,
}).Parse(reportTemplate))

// shotView is a screenshot with the outlines drawn over it.
type shotView struct {
	Screenshot
	Src   template.URL
	Boxes []boxView
}

type boxView struct {
	Style template.CSS
	Label string
	Kind  string // banner, finding
}

// RenderHTML renders the self-contained HTML report: screenshots are embedded as data: URIs, with the banner and
// the elements behind each finding outlined.
func RenderHTML(r *Report) ([]byte, error) {
	var shots []shotView
	for _, s := range r.Screenshots {
		v := shotView{Screenshot: s, Src: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(s.png))}
		if r.Banner != nil && r.Banner.Screenshot == s.Name {
			v.Boxes = append(v.Boxes, outline(s, r.Banner.Region, "banner", "banner"))
		}
		for _, f := range r.Findings {
			if f.Evidence.Screenshot != s.Name {
				continue
			}
			for _, g := range f.Evidence.Regions {
				label := f.Code
				if g.Label != "" {
					label += " (" + g.Label + ")"
				}
				kind := "finding"
				if g.Label == "accept" || g.Label == "first layer" {
					kind, label = "compare", g.Label+" (compared)"
				}
				v.Boxes = append(v.Boxes, outline(s, g, label, kind))
			}
		}
		shots = append(shots, v)
	}
	var buf bytes.Buffer
	err := tmpl.Execute(&buf, struct {
		R     *Report
		Shots []shotView
	}{r, shots})
	if err != nil {
		return nil, fmt.Errorf("audit: rendering report.html: %w", err)
	}
	return buf.Bytes(), nil
}

// outline positions a box over a screenshot in percentages, so it follows the image when it is scaled.
func outline(s Screenshot, g Region, label, kind string) boxView {
	w, h := float64(s.Width), float64(s.Height)
	style := fmt.Sprintf("left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%",
		100*g.X/w, 100*g.Y/h, 100*g.Width/w, 100*g.Height/h)
	return boxView{Style: template.CSS(style), Label: label, Kind: kind}
}

// sortedValues renders evidence values in key order for the template.
func sortedValues(m map[string]any) [][2]string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][2]string, 0, len(keys))
	for _, k := range keys {
		b, _ := json.Marshal(m[k])
		out = append(out, [2]string{k, string(b)})
	}
	return out
}
