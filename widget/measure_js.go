//go:build js && wasm

package widget

import "github.com/assent-dev/assent/rules"

// hexColor turns a computed colour ("rgb(r, g, b)", "rgba(...)") into "#rrggbb", or "#rrggbbaa" when it is
// not opaque; anything rules cannot parse is kept as the browser gave it.
func hexColor(c string) string {
	if h, ok := rules.HexColor(c, ""); ok {
		return h
	}
	return c
}
