//go:build js && wasm

// Command decide is the baseline plus rules.Decide (the law tables and the engine) and Scenario.Set.
package main

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

func main() {
	var s rules.Scenario
	s.Set("country", js.Global().Get("c").String())
	d, _ := rules.Decide(s)
	js.Global().Set("x", d.Model)
}
