package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules/codec"
)

func runInit(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"init"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

var initFlags = []string{"--site", "shop.example", "--controller", "Shop Ltd", "--contact", "privacy@shop.example",
	"--policy-url", "https://shop.example/privacy", "--languages", "en,fr", "--endpoint", "https://consent.shop.example",
	"--purpose", "analytics:plausible,google-analytics", "--purpose", "marketing:meta-pixel,google-ads"}

// A site owner answers with flags: the file validates as `assent validate` checks it, holds the chosen
// purposes and services, and the output gives the install snippet and the registration commands.
func TestInitWithFlagsWritesAValidConfig(t *testing.T) {
	out := filepath.Join(t.TempDir(), "assent.json")
	code, stdout, stderr := runInit("", append([]string{"--yes", "--out", out}, initFlags...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, vout, verr := runCmd("validate", out)
	if code != 0 {
		t.Fatalf("assent validate %s: exit %d: %s %s", out, code, vout, verr)
	}
	data, _ := os.ReadFile(out)
	c, _, err := codec.ParseConfig(data)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	services := map[string][]string{}
	for _, p := range c.Purposes {
		ids = append(ids, p.ID)
		for _, s := range p.Services {
			services[p.ID] = append(services[p.ID], s.Name)
		}
	}
	if strings.Join(ids, ",") != "necessary,analytics,marketing" || !c.Purposes[0].Required {
		t.Fatalf("purposes %v (necessary required: %v)", ids, c.Purposes[0].Required)
	}
	if got := strings.Join(services["analytics"], ","); got != "Plausible Analytics,Google Analytics" {
		t.Errorf("analytics services %q", got)
	}
	if got := strings.Join(services["marketing"], ","); got != "Meta Pixel,Google Ads" {
		t.Errorf("marketing services %q", got)
	}
	if c.Purposes[1].Label["fr"] != "Mesure d'audience" || c.Controller.Name != "Shop Ltd" || c.Site != "shop.example" {
		t.Errorf("config %+v", c)
	}
	for _, want := range []string{`<script src="https://consent.shop.example/v1/sites/shop.example/assent.js"></script>`,
		"assent serve --sites sites.json", `"name": "shop.example"`, "ASSENT_SITES = \"shop.example=https://shop.example\"",
		"wrangler secret put ASSENT_EXPORT_KEYS"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

// Without a terminal and without every required flag, init asks nothing, names every missing flag and
// writes nothing.
func TestInitNonInteractiveNamesWhatIsMissing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "assent.json")
	code, _, stderr := runInit("", "--out", out, "--site", "shop.example")
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, f := range []string{"--controller", "--contact", "--policy-url"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("stderr does not name %s: %s", f, stderr)
		}
	}
	if strings.Contains(stderr, "--site") {
		t.Errorf("stderr names --site, which was given: %s", stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a file was written: %v", err)
	}
}

// An existing config is never replaced: exit 2, the file unchanged; --force replaces it.
func TestInitRefusesToOverwrite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "assent.json")
	os.WriteFile(out, []byte("my config\n"), 0o644)
	code, _, stderr := runInit("", append([]string{"--yes", "--out", out}, initFlags...)...)
	if code != 2 || !strings.Contains(stderr, "refusing to overwrite") {
		t.Fatalf("exit %d, stderr %q; want 2 and a refusal", code, stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "my config\n" {
		t.Fatalf("file changed: %q", data)
	}
	code, _, stderr = runInit("", append([]string{"--yes", "--force", "--out", out}, initFlags...)...)
	if code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(out); !bytes.Contains(data, []byte(`"site": "shop.example"`)) {
		t.Fatalf("--force did not write the config: %s", data)
	}
}

// Bad values are refused with a message naming them, and nothing is written.
func TestInitBadValues(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown purpose", []string{"--purpose", "tracking"}, `unknown purpose "tracking"`},
		{"unknown service", []string{"--purpose", "functional:hotjar"}, `unknown service "hotjar" for functional`},
		{"bad site", []string{"--site", "shop example/x"}, "invalid_site"},
		{"bad policy url", []string{"--policy-url", "javascript:alert(1)"}, "invalid_url"},
		{"bad language", []string{"--languages", "en,!!"}, "invalid_language"},
		{"bad endpoint", []string{"--endpoint", "http://consent.example"}, "endpoint"},
		{"expiry too long", []string{"--expiry-days", "800"}, "expiry_too_long"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "assent.json")
			// later flags win: the bad value overrides the good one
			args := append(append([]string{"--yes", "--out", out}, initFlags...), c.args...)
			code, _, stderr := runInit("", args...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Fatalf("exit %d, stderr %q; want 2 naming %q", code, stderr, c.want)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Fatalf("a file was written: %v", err)
			}
		})
	}
}

// Interactive: the questions are answered on stdin (a terminal; --interactive stands in for one here), and
// the answers make the config.
func TestInitAsksForMissingAnswers(t *testing.T) {
	out := filepath.Join(t.TempDir(), "assent.json")
	answers := "blog.example\nBlog Ltd\nhello@blog.example\n/privacy\nen,de\nmatomo\nnone\n-\nyoutube\n"
	code, stdout, stderr := runInit(answers, "--interactive", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "Site name") || !strings.Contains(stderr, "Purpose analytics") {
		t.Errorf("questions not asked: %s", stderr)
	}
	data, _ := os.ReadFile(out)
	c, _, err := codec.ParseConfig(data)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range c.Purposes {
		ids = append(ids, p.ID)
	}
	if c.Site != "blog.example" || c.Controller.PolicyURL != "/privacy" || strings.Join(c.Languages, ",") != "en,de" ||
		strings.Join(ids, ",") != "necessary,analytics,functional,media" || c.Purposes[1].Services[0].Name != "Matomo" {
		t.Fatalf("config from answers: %s", data)
	}
	if !strings.Contains(stdout, "/v1/sites/blog.example/assent.js") {
		t.Errorf("no script tag: %s", stdout)
	}
	// stdin closing before every question is answered is an error, and nothing is written
	out2 := filepath.Join(t.TempDir(), "assent.json")
	if code, _, stderr := runInit("blog.example\n", "--interactive", "--out", out2); code != 2 || !strings.Contains(stderr, "stdin closed") {
		t.Fatalf("short answers: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(out2); !os.IsNotExist(err) {
		t.Fatal("a file was written after unanswered questions")
	}
}
