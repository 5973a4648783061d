//go:build js && wasm

// Command rules is the baseline plus what the widget uses of package rules (DecideBrief, ValidateUI, HexColor):
// the difference is what the rules engine adds to the widget.
package main

import (
	"strconv"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

func main() {
	g := js.Global()
	b, _ := rules.DecideBrief(rules.Scenario{Country: g.Get("c").String(), Channel: g.Get("ch").String(),
		Purpose: g.Get("p").String(), Date: g.Get("d").String()})
	fs := rules.ValidateUI(rules.UIMeasurement{Layer: g.Get("l").Int()})
	c, _ := rules.HexColor(g.Get("fg").String(), g.Get("bg").String())
	g.Set("x", b.Model+c+strconv.Itoa(len(b.Rules)+len(fs)))
}
