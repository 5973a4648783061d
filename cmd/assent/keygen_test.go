package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestKeygen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.key")
	code, out, errOut := runCmd("keygen", "--name", "ledger.example", "--out", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	vkey := strings.TrimSpace(out)
	if !strings.HasPrefix(vkey, "ledger.example+") {
		t.Fatalf("stdout %q: want the verifier key", out)
	}
	if _, err := proof.NewVerifier(vkey); err != nil {
		t.Fatalf("printed key does not parse: %v", err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v; want 0600", err, st.Mode())
	}
	_, fileVKey, err := ledger.LoadKeyFile(path)
	if err != nil || fileVKey != vkey {
		t.Fatalf("key file holds %q (%v), printed %q", fileVKey, err, vkey)
	}
	before, _ := os.ReadFile(path)
	if code, _, _ := runCmd("keygen", "--out", path); code != 2 {
		t.Errorf("overwriting: exit %d, want 2", code)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("an existing key file was changed")
	}
}

func TestKeygenRefuses(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--name", "bad+name", "--out", filepath.Join(dir, "a")},
		{"--name", "two words", "--out", filepath.Join(dir, "b")},
		{"--name", "", "--out", filepath.Join(dir, "c")},
		{"extra-arg"},
		{"--bogus"},
	} {
		if code, _, _ := runCmd(append([]string{"keygen"}, args...)...); code != 2 {
			t.Errorf("keygen %q: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := runCmd("keygen", "--out", filepath.Join(dir, "no", "such", "dir", "k")); code != 1 {
		t.Errorf("unwritable path: exit %d, want 1", code)
	}
}
