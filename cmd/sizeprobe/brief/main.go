//go:build js && wasm

// Command brief is the baseline plus what a widget that records only rule ids needs of package rules:
// Scenario.Set, DecideBrief, ValidateUI, HexColor and ContrastRatio. Against the decide probe it shows what
// the law's texts cost; rules/brief_link_test.go checks that none of them is linked here.
package main

import (
	"strconv"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

func main() {
	g := js.Global()
	var s rules.Scenario
	s.Set("country", g.Get("c").String())
	b, _ := rules.DecideBrief(s)
	fs := rules.ValidateUI(rules.UIMeasurement{Layer: g.Get("l").Int()})
	c, _ := rules.HexColor(g.Get("fg").String(), g.Get("bg").String())
	r, _ := rules.ContrastRatio(c, g.Get("bg").String())
	g.Set("x", b.Model+strconv.Itoa(len(b.Rules)+len(fs))+strconv.FormatFloat(r, 'f', 2, 64))
}
