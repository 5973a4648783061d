package widget

import (
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/langmatch.json from the Go functions")

// langCase is one question to MatchLanguage or RegionOf and the Go answer. The loader (wasm/assent.js) repeats
// both in JavaScript to paint the banner before the engine arrives; the e2e test firstpaint.test.mjs asks the
// loader every case of testdata/langmatch.json and requires the same answers.
type langCase struct {
	Fn         string   `json:"fn"`
	Configured []string `json:"configured,omitempty"`
	HTML       string   `json:"html,omitempty"`
	Nav        []string `json:"nav,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	Tag        string   `json:"tag,omitempty"`
	Want       string   `json:"want"`
}

func langCases() []langCase {
	configs := [][]string{nil, {}, {"en", "fr", "de"}, {"de-CH", "fr-CH", "it"}, {"pt-BR", "pt-PT"}, {"nb", "en"},
		{" ", "EN", "fr_FR"}, {"zh-Hant-TW", "en-GB"}, {"sr-Latn", "x-private", "und", "en"}}
	tags := []string{"", "en", "EN-gb", "fr-CA", "fr_be", "de", "de-AT-1996", "no", "nn-NO", "nb-NO", "pt", "pt-br",
		"zh", "zh-TW", "it-CH", "*", "und", "x-klingon", "i-default", "gsw-CH", "  de-ch ", "sr-Latn-RS", "en-US-u-ca-gregory", "123", "ä", "e", "abcdefghi"}
	var out []langCase
	for _, c := range configs {
		for i, h := range tags {
			nav := []string{tags[(i+3)%len(tags)], tags[(i+7)%len(tags)]}
			out = append(out, langCase{Fn: "match", Configured: c, HTML: h, Nav: nav, Tags: Languages(),
				Want: MatchLanguage(c, h, nav)})
		}
	}
	for _, t := range append(tags, "en-gb-oxendict", "es-419", "de_DE", "-DE", "zh-Hans-CN", "sr-Latn-RS", "en--GB", "fil-PH") {
		out = append(out, langCase{Fn: "region", Tag: t, Want: RegionOf(t)})
	}
	return out
}

func TestLangMatchFixture(t *testing.T) {
	got := []byte("[\n")
	for i, c := range langCases() {
		line, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			got = append(got, ",\n"...)
		}
		got = append(got, line...)
	}
	got = append(got, "\n]\n"...)
	if *update {
		if err := os.WriteFile("testdata/langmatch.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/langmatch.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("testdata/langmatch.json is not what MatchLanguage and RegionOf answer: run go test ./widget -run LangMatchFixture -update, and check the loader with the e2e tests")
	}
}
