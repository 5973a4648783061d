package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

const decideUsage = `usage: assent decide [--today YYYY-MM-DD] [FILE|-]
       assent decide [--today YYYY-MM-DD] --batch FILE

Reads one scenario (a JSON object, docs/contract.md section 6) from FILE, or from standard input when FILE is
absent or "-", and prints the decision as JSON. With --batch, FILE ("-" for standard input) holds a JSON
array of scenarios and the output is an array of decisions in the same order.

Exit status: 0 decided; 2 bad usage or input (the message names the field).

Flags:
`

// cmdDecide implements `assent decide`: scenario JSON in, decision JSON out (docs/contract.md section 2).
func cmdDecide(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("decide", flag.ContinueOnError)
	fs.SetOutput(stderr)
	batch := fs.String("batch", "", "read a JSON array of scenarios from `FILE` (- for standard input)")
	today := fs.String("today", "", "the date (`YYYY-MM-DD`) used when a scenario has none (default: today)")
	fs.Usage = func() {
		io.WriteString(stderr, decideUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 || (*batch != "" && fs.NArg() > 0) {
		fmt.Fprintln(stderr, "assent decide: too many arguments")
		fs.Usage()
		return 2
	}
	if *today == "" {
		*today = time.Now().Format(time.DateOnly)
	}
	path := fs.Arg(0)
	if *batch != "" {
		path = *batch
	}
	data, err := readInput(path, stdin, codec.MaxBatchSize)
	if err != nil {
		fmt.Fprintln(stderr, "assent decide:", err)
		return 2
	}
	var out []byte
	if *batch != "" {
		out, err = decideBatch(data, *today)
	} else {
		out, err = codec.Decide(data, *today)
	}
	if err != nil {
		fmt.Fprintln(stderr, "assent decide:", err)
		return 2
	}
	var pretty bytes.Buffer
	json.Indent(&pretty, out, "", "  ")
	pretty.WriteByte('\n')
	if _, err := stdout.Write(pretty.Bytes()); err != nil {
		fmt.Fprintln(stderr, "assent decide:", err)
		return 1
	}
	return 0
}

func decideBatch(data []byte, today string) ([]byte, error) {
	ss, err := codec.ParseScenarios(data, today)
	if err != nil {
		return nil, err
	}
	ds := make([]rules.Decision, len(ss))
	for i, s := range ss {
		if ds[i], err = rules.Decide(s); err != nil {
			return nil, fmt.Errorf("[%d]: %w", i, err)
		}
	}
	return codec.FormatDecisions(ds), nil
}
