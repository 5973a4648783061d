//go:build js && wasm

package widget

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// uiFrom reads what the loader measured of a layer when it was shown or clicked ({layer, accept, reject}, each
// box {width, height, font_size, font_weight, color, background, kind} as the browser computed them) into the
// record's UI measurement; nil for anything else (a choice made through the JS API).
func uiFrom(v js.Value) *rules.UIMeasurement {
	if v.Type() != js.TypeObject || v.Get("layer").Type() != js.TypeNumber {
		return nil
	}
	return &rules.UIMeasurement{Layer: v.Get("layer").Int(), Accept: boxFrom(v.Get("accept")), Reject: boxFrom(v.Get("reject"))}
}

func boxFrom(v js.Value) rules.Box {
	if v.Type() != js.TypeObject {
		return rules.Box{}
	}
	num := func(k string) float64 {
		if x := v.Get(k); x.Type() == js.TypeNumber {
			return x.Float()
		}
		return 0
	}
	return rules.Box{Kind: str(v.Get("kind")), Width: num("width"), Height: num("height"), FontSize: num("font_size"),
		FontWeight: int(num("font_weight")), Color: hexColor(str(v.Get("color"))), Background: hexColor(str(v.Get("background")))}
}

// hexColor turns a computed colour ("rgb(r, g, b)", "rgba(...)") into "#rrggbb", or "#rrggbbaa" when it is
// not opaque; anything rules cannot parse is kept as the browser gave it.
func hexColor(c string) string {
	if h, ok := rules.HexColor(c, ""); ok {
		return h
	}
	return c
}
