//go:build js && wasm

package widget

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// uiFromJS reads a measurement the loader made (the record's "ui" as JSON names it: {layer, surface, accept,
// reject, first_layer}, README "Where the choice was made") into the measurement a record is sealed with;
// null or undefined (a choice through the JS API) is nil. A missing reject or first_layer stays the zero Box
// or nil, so the record encodes it as the loader sent it (rules.UIMeasurement.HasReject).
func uiFromJS(v js.Value) *rules.UIMeasurement {
	if v.Type() != js.TypeObject {
		return nil
	}
	m := &rules.UIMeasurement{Layer: intOf(v.Get("layer")), Surface: str(v.Get("surface")), Accept: boxFromJS(v.Get("accept"))}
	m.Reject = boxFromJS(v.Get("reject"))
	if fl := v.Get("first_layer"); fl.Type() == js.TypeObject {
		m.FirstLayer = &rules.LayerBoxes{Accept: boxFromJS(fl.Get("accept")), Reject: boxFromJS(fl.Get("reject"))}
	}
	return m
}

// boxFromJS reads one measured box ({width, height, font_size, font_weight, color, background, kind}, colours as
// the browser computed them, kept as hex); a box that is not an object is the zero Box.
func boxFromJS(v js.Value) rules.Box {
	if v.Type() != js.TypeObject {
		return rules.Box{}
	}
	return rules.Box{Width: numOf(v.Get("width")), Height: numOf(v.Get("height")), FontSize: numOf(v.Get("font_size")),
		FontWeight: intOf(v.Get("font_weight")), Color: hexColor(str(v.Get("color"))), Background: hexColor(str(v.Get("background"))),
		Kind: str(v.Get("kind"))}
}

// numOf is v as a finite number, else 0.
func numOf(v js.Value) float64 {
	if v.Type() != js.TypeNumber {
		return 0
	}
	f := v.Float()
	if f != f || f > 1e300 || f < -1e300 {
		return 0
	}
	return f
}

func intOf(v js.Value) int { return int(numOf(v)) }
