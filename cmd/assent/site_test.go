package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

// TestSiteAddRegistersSite runs `assent site add`, applies the SQL it prints to a migrated ledger database (as
// `wrangler d1 execute` does on D1) and checks the ledger then allows the site's origins and opens its export
// to the key written to the key file, and to no other key.
func TestSiteAddRegistersSite(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "shop.sitekey")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"site", "add", "--name", "shop.example", "--origins",
		"https://shop.example, https://www.shop.example/", "--key-out", keyFile}, nil, &out, &errOut); code != 0 {
		t.Fatalf("site add exit %d: %s", code, errOut.String())
	}
	key, err := os.ReadFile(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(keyFile); fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	db, err := ledger.OpenSQLite(context.Background(), filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(out.String()); err != nil {
		t.Fatalf("the printed SQL does not run: %v\n%s", err, out.String())
	}
	priv, vkey := newKeyText(t, dir)
	signer, _, err := proof.NewSigner(priv)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ledger.New(db, ledger.Options{Signer: signer, VerifierKey: vkey}))
	defer srv.Close()
	get := func(path string, h ...string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		for i := 0; i+1 < len(h); i += 2 {
			req.Header.Set(h[i], h[i+1])
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	for _, o := range []string{"https://shop.example", "https://www.shop.example"} {
		if res := get("/v1/context", "Origin", o); res.Header.Get("Access-Control-Allow-Origin") != o {
			t.Errorf("origin %s not allowed after site add (status %d)", o, res.StatusCode)
		}
	}
	if res := get("/v1/log/shop.example/head", "Origin", "https://evil.example"); res.StatusCode != 403 {
		t.Errorf("another origin: status %d, want 403", res.StatusCode)
	}
	export := "/v1/log/shop.example/export"
	if res := get(export, "Authorization", "Bearer "+strings.TrimSpace(string(key))); res.StatusCode != 200 {
		t.Errorf("export with the site key: status %d, want 200", res.StatusCode)
	}
	if res := get(export, "Authorization", "Bearer x"+strings.TrimSpace(string(key))); res.StatusCode != 401 {
		t.Errorf("export with another key: status %d, want 401", res.StatusCode)
	}
}

// TestSiteAddRefusesBadInput checks that bad arguments exit 2 naming the problem and write no key file.
func TestSiteAddRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.sitekey")
	os.WriteFile(existing, []byte("old\n"), 0o600)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"site"}, "usage"},
		{[]string{"site", "remove"}, "usage"},
		{[]string{"site", "add", "--name", "Shop Example", "--origins", "https://shop.example"}, "invalid --name"},
		{[]string{"site", "add", "--name", "shop.example", "--origins", "https://shop.example/path"}, "invalid origin"},
		{[]string{"site", "add", "--name", "shop.example", "--origins", "shop.example"}, "invalid origin"},
		{[]string{"site", "add", "--name", "shop.example"}, "--origins is required"},
		{[]string{"site", "add", "--name", "shop.example", "--origins", "https://shop.example", "--key-out", existing}, "refusing to overwrite"},
	} {
		var out, errOut bytes.Buffer
		args := c.args
		if len(args) > 2 && !strings.Contains(strings.Join(args, " "), "--key-out") {
			args = append(args, "--key-out", filepath.Join(dir, "new.sitekey"))
		}
		if code := run(context.Background(), args, nil, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), c.want) || out.Len() > 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, no SQL, %q", c.args, code, out.String(), errOut.String(), c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "new.sitekey")); err == nil {
		t.Error("a refused site add wrote a key file")
	}
	if data, _ := os.ReadFile(existing); string(data) != "old\n" {
		t.Error("the existing key file was changed")
	}
}

func newKeyText(t *testing.T, dir string) (priv, vkey string) {
	path := filepath.Join(dir, "signing.key")
	vkey, err := ledger.WriteKeyFile(path, "assent.test")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(data)), vkey
}
