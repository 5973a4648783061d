//go:build js && wasm

// Command rules is the baseline plus what the widget uses of package rules (Scenario.Set, Decide, ValidateUI,
// the record's canonical encoding): the difference is what the rules engine adds to the widget.
package main

import (
	"strconv"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

func main() {
	var s rules.Scenario
	s.Set("country", js.Global().Get("c").String())
	d, _ := rules.Decide(s)
	fs := rules.ValidateUI(rules.UIMeasurement{Layer: js.Global().Get("l").Int()})
	r := rules.Record{ID: d.Model}
	b, _ := r.MarshalJSON()
	js.Global().Set("x", strconv.Itoa(js.Global().Get("y").Int()+len(fs)+len(b))+string(r.Canonical()))
}
