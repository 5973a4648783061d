package main

import (
	"strconv"
	"strings"

	"github.com/assent-dev/assent/rules"
)

// loaderLists is the loader's copy of the Consent Mode types a choice sets and of the regions whose default is
// always denied (the countries the rules know).
func loaderLists() string {
	return wrap("  var SIGNALS = [", jsStrings(rules.ChoiceSignals, "'"), "];", "    ") +
		"  var EUROPE = '" + strings.Join(rules.Countries(), " ") + "'.split(' ');\n"
}

// tsTypes are the union types of wasm/assent.d.ts.
func tsTypes() string {
	var b strings.Builder
	union := func(doc, name string, values []string, extra ...string) {
		b.WriteString("/** " + doc + " */\n")
		b.WriteString(tsUnion(name, append(jsStrings(values, "'"), extra...)))
	}
	union("A consent model of the rules, from the least to the most demanding.", "AssentModel", rules.Models)
	union("A Google Consent Mode v2 consent type.", "AssentConsentModeType", rules.ConsentModeTypes)
	union("A purpose category of the rules (the scenario field \"purpose\").", "AssentPurposeCategory", rules.Categories)
	var findings, errs []string
	for _, c := range rules.FindingCodes {
		findings = append(findings, c.Code)
	}
	for _, e := range rules.HTTPErrors {
		errs = append(errs, e.Code)
	}
	union("A finding code (README \"Finding codes\").", "AssentFindingCode", findings)
	union("An error code of the endpoint (README \"HTTP API additions\"); http_<status> when the answer had none.",
		"AssentErrorCode", errs, "`http_${number}`")
	return b.String()
}

// findingTable is the README's table of finding codes.
func findingTable() string {
	var b strings.Builder
	b.WriteString("| code | severity | citation | meaning |\n|---|---|---|---|\n")
	for _, c := range rules.FindingCodes {
		b.WriteString("| `" + c.Code + "` | " + c.Severity + " | " + cell(c.Cite) + " | " + cell(c.Meaning) + " |\n")
	}
	return b.String()
}

// httpTable is the README's table of HTTP error codes.
func httpTable() string {
	var b strings.Builder
	b.WriteString("| `error` | status | meaning |\n|---|---|---|\n")
	for _, e := range rules.HTTPErrors {
		st := make([]string, len(e.Status))
		for i, s := range e.Status {
			st[i] = strconv.Itoa(s)
		}
		b.WriteString("| `" + e.Code + "` | " + strings.Join(st, ", ") + " | " + cell(e.Meaning) + " |\n")
	}
	return b.String()
}

// cell escapes a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func jsStrings(values []string, q string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = q + v + q
	}
	return out
}

// wrap writes head, the items separated by ", " and tail, breaking lines before 120 columns; continuation
// lines start with indent.
func wrap(head string, items []string, tail, indent string) string {
	var b strings.Builder
	line := head
	for i, it := range items {
		piece := it + ","
		if i == len(items)-1 {
			piece = it + tail
		}
		switch {
		case i == 0:
			line += piece
		case len(line)+1+len(piece) > 118:
			b.WriteString(line + "\n")
			line = indent + piece
		default:
			line += " " + piece
		}
	}
	b.WriteString(line + "\n")
	return b.String()
}

// tsUnion writes "export type name = a | b | ...;", breaking lines before 120 columns.
func tsUnion(name string, items []string) string {
	var b strings.Builder
	line := "export type " + name + " ="
	for i, it := range items {
		piece := "| " + it
		if i == 0 {
			piece = it
		}
		if i == len(items)-1 {
			piece += ";"
		}
		if len(line)+1+len(piece) > 118 {
			b.WriteString(line + "\n")
			line = "  " + piece
			if i == 0 {
				line = "  | " + piece
			}
			continue
		}
		line += " " + piece
	}
	b.WriteString(line + "\n")
	return b.String()
}
