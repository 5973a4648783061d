package ledger

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// A value a visitor's browser wrote (a revision, a language) is text in the chart, never markup: the SVG stays
// well-formed and holds no element but its own.
func TestChartsEscapeRecordedValues(t *testing.T) {
	hostile := `</text><script>alert(1)</script><a href="https://evil.example">x</a>&`
	st := Stats{Days: []DayCounts{{Day: "2026-12-01", Counts: Counts{Accept: 2, Total: 2}}},
		By:       map[string][]KeyCounts{"revision": {{Key: hostile, Counts: Counts{Reject: 1, Total: 1}}}},
		Purposes: []PurposeCounts{{Purpose: hostile, Granted: 1, Refused: 1}},
		Lag:      []LagCount{{Bucket: "under_1s", N: 3}}}
	for name, svg := range renderCharts(st) {
		dec := xml.NewDecoder(strings.NewReader(svg))
		for {
			tok, err := dec.Token()
			if err != nil {
				if err != io.EOF {
					t.Fatalf("chart %s is not well-formed: %v", name, err)
				}
				break
			}
			if el, ok := tok.(xml.StartElement); ok {
				switch el.Name.Local {
				case "svg", "title", "rect", "text", "line":
				default:
					t.Errorf("chart %s has a <%s> element", name, el.Name.Local)
				}
			}
		}
	}
	if svg := renderCharts(st)["revision"]; !strings.Contains(svg, "&lt;script&gt;") {
		t.Errorf("the hostile revision is not shown as text: %s", svg)
	}
}
