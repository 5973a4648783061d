// Command gencompare writes the site pages generated from the law: site/compare.html, a country-by-channel
// table of the consent each kind of marketing message or cookie needs, computed by rules.Decide from the law
// tables (never retyped), and site/decide.html, the "Which consent do I need?" tool, whose choices come from
// rules.Fields and rules.Countries.
//
// Usage, from the repository root:
//
//	go run ./cmd/gencompare [-o site/compare.html] [-decide site/decide.html]
//
// The pages are deterministic: the comparison applies the law as of AsOf. A test checks that the committed
// pages are what this command writes.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	out := flag.String("o", "site/compare.html", "comparison page output `file`")
	decide := flag.String("decide", "site/decide.html", "decision tool output `file`")
	flag.Parse()
	for file, render := range map[string]func() ([]byte, error){*out: Render, *decide: RenderDecide} {
		page, err := render()
		if err == nil {
			err = os.WriteFile(file, page, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencompare:", err)
			os.Exit(1)
		}
	}
}
