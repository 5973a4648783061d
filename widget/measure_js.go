//go:build js && wasm

package widget

import (
	"strconv"
	"strings"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// measure returns what the accept and reject buttons of a rendered layer look like on screen: their boxes and
// computed font size, weight, colours and kind, as rules.ValidateUI checks them.
func measure(layer js.Value, n int) *rules.UIMeasurement {
	acc := layer.Call("querySelector", `[data-assent-action="accept-all"]`)
	rej := layer.Call("querySelector", `[data-assent-action="reject-all"]`)
	if acc.IsNull() || rej.IsNull() {
		return nil
	}
	return &rules.UIMeasurement{Layer: n, Accept: box(acc), Reject: box(rej)}
}

func box(el js.Value) rules.Box {
	r := el.Call("getBoundingClientRect")
	cs := global("getComputedStyle").Invoke(el)
	w, _ := strconv.Atoi(strings.TrimSuffix(cs.Get("fontWeight").String(), "px"))
	// JavaScript parses "16px" (parseFloat stops at the unit): strconv.ParseFloat would link its tables.
	fs := global("parseFloat").Invoke(cs.Get("fontSize")).Float()
	if fs != fs {
		fs = 0 // NaN: no font size
	}
	kind := "link"
	if tag := el.Get("tagName").String(); tag == "BUTTON" || str(el.Call("getAttribute", "role")) == "button" {
		kind = "button"
	}
	return rules.Box{
		Kind:  kind,
		Width: round2(r.Get("width").Float()), Height: round2(r.Get("height").Float()),
		FontSize: round2(fs), FontWeight: w,
		Color: hexColor(cs.Get("color").String()), Background: hexColor(cs.Get("backgroundColor").String()),
	}
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// hexColor turns a computed colour ("rgb(r, g, b)", "rgba(...)") into "#rrggbb", or "#rrggbbaa" when it is
// not opaque; anything rules cannot parse is kept as the browser gave it.
func hexColor(c string) string {
	if h, ok := rules.HexColor(c, ""); ok {
		return h
	}
	return c
}
