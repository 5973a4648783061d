// Command testsum reads a `go test -json` stream on stdin, echoes failures and package results, and prints one
// closing line "LAYER: N passed, N failed" (test and subtest results counted). It exits 1 if anything failed,
// including a package that failed to build or a run with no test at all.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

func main() {
	layer := flag.String("layer", "go", "name printed before the counts")
	verbose := flag.Bool("v", false, "echo every output line")
	flag.Parse()

	var passed, failed, skipped int
	pkgFailed := map[string]bool{}
	outputs := map[string][]string{} // package/test -> output, kept until the result is known
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil || e.Action == "" {
			fmt.Println(string(line)) // build errors and other plain text
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "build-output":
			fmt.Print(e.Output)
		case "output":
			if *verbose {
				fmt.Print(e.Output)
			} else {
				outputs[key] = append(outputs[key], e.Output)
			}
		case "pass", "fail", "skip":
			if e.Test == "" {
				res := "ok  "
				if e.Action == "fail" {
					res = "FAIL"
					pkgFailed[e.Package] = true
					fmt.Print(strings.Join(outputs[key], ""))
				}
				fmt.Printf("%s %s (%.1fs)\n", res, e.Package, e.Elapsed)
			} else {
				switch e.Action {
				case "pass":
					passed++
				case "fail":
					failed++
					fmt.Print(strings.Join(outputs[key], ""))
				case "skip":
					skipped++
					fmt.Printf("SKIP %s %s\n", e.Package, e.Test)
				}
			}
			delete(outputs, key)
		}
	}
	if failed == 0 && len(pkgFailed) > 0 {
		failed = len(pkgFailed) // packages that failed outside any test (build error, panic in init)
	}
	line := fmt.Sprintf("%s: %d passed, %d failed", *layer, passed, failed)
	if skipped > 0 {
		line += fmt.Sprintf(", %d skipped", skipped)
	}
	fmt.Println(line)
	if failed > 0 || passed == 0 || len(pkgFailed) > 0 {
		os.Exit(1)
	}
}
