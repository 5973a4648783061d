package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// The committed pages are exactly what the generator writes today: regenerate them with
// "go run ./cmd/gencompare" after changing the law tables or the scenario fields.
func TestPagesAreUpToDate(t *testing.T) {
	for file, render := range map[string]func() ([]byte, error){"compare.html": Render, "decide.html": RenderDecide} {
		want, err := render()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile("../../site/" + file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("site/%s is stale: run go run ./cmd/gencompare", file)
		}
	}
}

// The decision tool offers every scenario field and every value, and renders answers with textContent only.
func TestDecidePageOffersEveryField(t *testing.T) {
	page, err := RenderDecide()
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	for _, f := range rules.Fields() {
		if !strings.Contains(s, `name="`+f.Name+`"`) {
			t.Errorf("no form control for %s", f.Name)
		}
		for _, v := range f.Values {
			if !strings.Contains(s, `<option value="`+v+`">`) {
				t.Errorf("no option %s=%q", f.Name, v)
			}
		}
	}
	for _, want := range []string{`<script src="/assent.js" data-config="/assent.json"></script>`,
		"window.Assent", "api.decide(s)", `href="compare.html"`, `aria-live="polite"`} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, banned := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"} {
		if strings.Contains(s, banned) {
			t.Errorf("page uses %s", banned)
		}
	}
}

func TestComparePageContent(t *testing.T) {
	page, err := Render()
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	for _, want := range []string{"<caption>", `scope="row">Germany`, `scope="row">United Kingdom`,
		`scope="row">Switzerland`, "check: TPS", "double opt-in", "PECR reg 22(2)", `href="decide.html"`} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, banned := range []string{"<script", "http://", `src="http`, "@import"} {
		if strings.Contains(s, banned) {
			t.Errorf("page is not self-contained: has %q", banned)
		}
	}
	if n := strings.Count(s, "<tr><th scope=\"row\">"); n != 32 {
		t.Errorf("%d country rows, want 32", n)
	}
}
