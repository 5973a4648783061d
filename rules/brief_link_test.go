//go:build !js && !wasip1

package rules

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The law's texts stay out of a wasm program that calls DecideBrief and not Decide (the widget records rule
// ids only): the probe cmd/sizeprobe/brief carries the rule ids but no fact's sentence, citation or URL
// and no explanation, while the same build of cmd/sizeprobe/decide, which calls Decide, carries them
// all (so this test can fail). It builds both with the go command, stripped as for the size reports.
func TestDecideBriefLinksNoText(t *testing.T) {
	texts := []string{
		"screen the list against Bloctel (at least monthly)", // law_fr.go: C. conso L.223-1 (a fact)
		"https://www.bloctel.gouv.fr/",                       // law_fr.go: a fact's URL
		"being an existing customer is not enough",           // law_gb.go: PECR reg 21(1)(b), 21(4) (a fact)
		"PECR reg 21(1)(b), 21(4); ICO live calls guidance",  // law_gb.go: a fact's citation
		"Marketing by email or SMS to natural persons",       // law_eu.go: ePrivacy Art 13(1) (a fact)
		"CPCE art. L.34-5 al. 4",                             // law_fr.go: a soft opt-in route's citation
		"it cannot be added afterwards",                      // decide_text.go: explanation of a failure
		"a negotiation for one",                              // decide_text.go: explanation of a failure
	}
	brief := buildProbe(t, "brief")
	full := buildProbe(t, "decide")
	for _, s := range texts {
		if bytes.Contains(brief, []byte(s)) {
			t.Errorf("the DecideBrief probe links the text %q", s)
		}
		if !bytes.Contains(full, []byte(s)) {
			t.Errorf("the Decide probe lacks the text %q: the check above proves nothing", s)
		}
	}
	// The brief probe does carry the tables: rule ids and register names.
	for _, s := range []string{"GB.PECR.21.TPS", "FR.Conso.L223-1.Bloctel", "GB.PECR.22.3", "Reservasjonsregisteret"} {
		if !bytes.Contains(brief, []byte(s)) {
			t.Errorf("the DecideBrief probe lacks %q", s)
		}
	}
	t.Logf("brief probe %d bytes, decide probe %d bytes", len(brief), len(full))
}

// buildProbe builds the js/wasm program cmd/sizeprobe/<name> as the size report does and returns it.
func buildProbe(t *testing.T, name string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), name+".wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out,
		"github.com/assent-dev/assent/cmd/sizeprobe/"+name)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", name, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
