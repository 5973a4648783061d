package bundle_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/proof/bundle/bundletest"
	"github.com/assent-dev/assent/proof/prooftest"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/recordsig"
	"golang.org/x/mod/sumdb/tlog"
)

var update = flag.Bool("update", false, "rewrite bundletest/corpus.json from a new signed log")

// corpusCase is a case as the generator makes it: a record and a receipt, before they become JSON text.
type corpusCase struct {
	name string
	rec  []byte // record JSON
	rc   proof.Receipt
	raw  string // receipt JSON when set (not a receipt at all)
	want string
}

// makeCorpus logs four records of shop.example's log (two signed, one version 1, one of other.example that a
// faulty ledger logged there) and tampers with them in every way a verifier must notice.
func makeCorpus(t *testing.T) (string, []corpusCase) {
	skey, vkey, err := proof.GenerateKey("ledger.test")
	if err != nil {
		t.Fatal(err)
	}
	a := signedRecord(t, "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", "shop.example", rules.ActionRejectAll)
	b := signedRecord(t, "7b1d2a40-1c3e-4d5f-9a6b-8c7d6e5f4a3b", "shop.example", rules.ActionAcceptAll)
	c := a
	c.ID, c.V, c.Subject, c.SubjectKey, c.Sig, c.Action = "0d4e8f2a-6b3c-4a1d-9e7f-5c2b8a9d0e1f", 1, "Yk2mXcQ9rT4vLp8sWn3aZg", "", "", rules.ActionSave
	c.Purposes = map[string]bool{"necessary": true, "statistics": true, "marketing": false}
	c.Seal()
	d := signedRecord(t, "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "other.example", rules.ActionRejectAll)
	entries := []proof.Entry{}
	for i, r := range []rules.Record{a, b, c, d} {
		entries = append(entries, proof.Entry{RecordHash: r.Hash, LoggedAt: "2026-11-23T10:00:0" + string(rune('1'+i)) + ".000Z"})
	}
	rs := prooftest.LogWith(t, "shop.example", skey, entries)
	later := prooftest.LogWith(t, "shop.example", skey, append(entries[:4:4], proof.Entry{RecordHash: strings.Repeat("cd", 32), LoggedAt: "2026-11-23T10:00:09.000Z"}))
	otherSite := prooftest.LogWith(t, "other.example", skey, entries)
	otherKey, _ := prooftest.Log(t, "shop.example", "ledger.test", entries)

	js := func(r rules.Record) []byte { out, _ := r.MarshalJSON(); return out }
	rec := func(f func(*rules.Record)) []byte { r := a; f(&r); return js(r) }
	rc := func(f func(*proof.Receipt)) proof.Receipt {
		r := rs[0]
		r.Proof = append(tlog.RecordProof(nil), r.Proof...)
		f(&r)
		return r
	}
	otherSigKey, _ := recordsig.NewKey()
	cases := []corpusCase{
		{"valid: signed record (version 2)", js(a), rs[0], "", bundletest.Valid},
		{"valid: another signed record", js(b), rs[1], "", bundletest.Valid},
		{"valid: unsigned record (version 1)", js(c), rs[2], "", bundletest.Valid},
		{"record: action changed", rec(func(r *rules.Record) { r.Action = rules.ActionAcceptAll }), rs[0], "", bundletest.Hash},
		{"record: a purpose switched on", rec(func(r *rules.Record) { r.Purposes = map[string]bool{"necessary": true, "marketing": true} }), rs[0], "", bundletest.Hash},
		{"record: time changed", rec(func(r *rules.Record) { r.Time = "2026-11-24T10:00:00.000Z" }), rs[0], "", bundletest.Hash},
		{"record: hash field of another record", rec(func(r *rules.Record) { r.Hash = b.Hash; r.Sig = b.Sig }), rs[0], "", bundletest.Hash},
		{"record: action changed, hash recomputed (version 2)", rec(func(r *rules.Record) { r.Action = rules.ActionAcceptAll; r.Seal() }), rs[0], "", bundletest.Signature},
		{"record: action changed, hash recomputed (version 1)", func() []byte { r := c; r.Action = rules.ActionAcceptAll; r.Seal(); return js(r) }(), rs[2], "", bundletest.Record},
		{"record: signature byte flipped", rec(func(r *rules.Record) {
			sig, _ := rules.DecodeBase64URL(r.Sig)
			sig[10] ^= 0x01
			r.Sig = base64.RawURLEncoding.EncodeToString(sig)
		}), rs[0], "", bundletest.Signature},
		{"record: signature of another record", rec(func(r *rules.Record) { r.Sig = b.Sig }), rs[0], "", bundletest.Signature},
		{"record: signed by another key", rec(func(r *rules.Record) {
			o := *r
			if err := recordsig.Sign(&o, otherSigKey); err != nil {
				t.Fatal(err)
			}
			r.Sig = o.Sig
		}), rs[0], "", bundletest.Signature},
		{"record: re-signed by another subject (hash recomputed)", rec(func(r *rules.Record) {
			if err := recordsig.Sign(r, otherSigKey); err != nil {
				t.Fatal(err)
			}
		}), rs[0], "", bundletest.Record},
		{"record: of another site, logged in this site's log", js(d), rs[3], "", bundletest.Site},
		{"receipt: of another site's log", js(a), otherSite[0], "", bundletest.Site},
		{"receipt: site field changed", js(a), rc(func(r *proof.Receipt) { r.Site = "other.example" }), "", bundletest.Malformed},
		{"receipt: of another record", js(a), rs[1], "", bundletest.Record},
		{"receipt: record_hash changed", js(a), rc(func(r *proof.Receipt) { r.RecordHash = b.Hash }), "", bundletest.Record},
		{"receipt: head signature byte flipped", js(a), rc(func(r *proof.Receipt) { r.Head = flipSig(t, r.Head) }), "", bundletest.Key},
		{"receipt: head signed by another key of the same name", js(a), otherKey[0], "", bundletest.Key},
		{"receipt: head root changed", js(a), rc(func(r *proof.Receipt) {
			r.Head = replaceLine(t, r.Head, 2, base64.StdEncoding.EncodeToString(make([]byte, 32)))
		}), "", bundletest.Key},
		{"receipt: head of another site's log", js(a), rc(func(r *proof.Receipt) { r.Head = otherSite[0].Head }), "", bundletest.Malformed},
		{"receipt: head of a later tree", js(a), rc(func(r *proof.Receipt) { r.Head, r.TreeSize = later[0].Head, later[0].TreeSize }), "", bundletest.Proof},
		{"receipt: head of a later tree, tree_size kept", js(a), rc(func(r *proof.Receipt) { r.Head = later[0].Head }), "", bundletest.Malformed},
		{"receipt: inclusion proof hash changed", js(a), rc(func(r *proof.Receipt) { r.Proof[0][0] ^= 0x01 }), "", bundletest.Proof},
		{"receipt: inclusion proof hashes swapped", js(a), rc(func(r *proof.Receipt) { r.Proof[0], r.Proof[1] = r.Proof[1], r.Proof[0] }), "", bundletest.Proof},
		{"receipt: inclusion proof hash missing", js(a), rc(func(r *proof.Receipt) { r.Proof = r.Proof[1:] }), "", bundletest.Proof},
		{"receipt: inclusion proof hash added", js(a), rc(func(r *proof.Receipt) { r.Proof = append(r.Proof, tlog.Hash{}) }), "", bundletest.Proof},
		{"receipt: wrong index", js(a), rc(func(r *proof.Receipt) { r.Index = 1 }), "", bundletest.Proof},
		{"receipt: logged_at changed", js(a), rc(func(r *proof.Receipt) { r.LoggedAt = "2026-11-23T10:00:01.001Z" }), "", bundletest.Proof},
		{"receipt: index past the tree", js(a), rc(func(r *proof.Receipt) { r.Index = 4 }), "", bundletest.Malformed},
		{"receipt: negative index", js(a), rc(func(r *proof.Receipt) { r.Index = -1 }), "", bundletest.Malformed},
		{"receipt: wrong tree size", js(a), rc(func(r *proof.Receipt) { r.TreeSize = 5 }), "", bundletest.Malformed},
		{"receipt: not a receipt", js(a), proof.Receipt{}, "null", bundletest.Malformed},
		{"record: not a record", []byte("null"), rs[0], "", bundletest.Malformed},
	}
	return vkey, cases
}

// signedRecord returns a signed version 2 record of site.
func signedRecord(t *testing.T, id, site, action string) rules.Record {
	r := signed(t, site, action)
	r.ID = id
	key, _ := recordsig.NewKey()
	if err := recordsig.Sign(&r, key); err != nil {
		t.Fatal(err)
	}
	return r
}

// flipSig flips one bit of the signature (not of its key hash) in a signed head, keeping canonical base64.
func flipSig(t *testing.T, head []byte) []byte {
	i := bytes.LastIndexByte(head[:len(head)-1], ' ')
	sig, err := base64.StdEncoding.DecodeString(string(head[i+1 : len(head)-1]))
	if err != nil {
		t.Fatal(err)
	}
	sig[10] ^= 0x01
	return append(append(append([]byte(nil), head[:i+1]...), base64.StdEncoding.EncodeToString(sig)...), '\n')
}

// replaceLine replaces line n of a signed head's text, keeping the signature line.
func replaceLine(t *testing.T, head []byte, n int, line string) []byte {
	lines := strings.Split(string(head), "\n")
	if len(lines) < n+1 {
		t.Fatal("short head")
	}
	lines[n] = line
	return []byte(strings.Join(lines, "\n"))
}

// The corpus is the generator's (the same cases, in order) and bundle.Verify gives each case its verdict; the
// widget's wasm tests (widget/bundle_js_test.go) require engine.js to give the same.
func TestCorpus(t *testing.T) {
	vkey, gen := makeCorpus(t)
	if *update {
		c := bundletest.Corpus{VerifierKey: vkey}
		for _, g := range gen {
			raw := g.raw
			if raw == "" {
				raw = string(g.rc.Format())
			}
			c.Cases = append(c.Cases, bundletest.Case{Name: g.name, Record: string(g.rec), Receipt: raw, Want: g.want})
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("bundletest/corpus.json", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("wrote bundletest/corpus.json: run the test again without -update to check it")
	}
	c, err := bundletest.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Cases) != len(gen) {
		t.Fatalf("the corpus has %d cases, the generator %d: run go test ./proof/bundle -run Corpus -update", len(c.Cases), len(gen))
	}
	v, err := proof.NewVerifier(c.VerifierKey)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i, tc := range c.Cases {
		if tc.Name != gen[i].name || tc.Want != gen[i].want {
			t.Errorf("case %d is %q (%q), the generator's %q (%q): run go test ./proof/bundle -run Corpus -update", i, tc.Name, tc.Want, gen[i].name, gen[i].want)
		}
		seen[tc.Want] = true
		_, _, _, err := bundle.VerifyJSON([]byte(tc.Record), []byte(tc.Receipt), v)
		if got := bundletest.Verdict(err); got != tc.Want {
			t.Errorf("%s: %q (%v), want %q", tc.Name, got, err, tc.Want)
		}
	}
	for _, w := range []string{bundletest.Valid, bundletest.Hash, bundletest.Site, bundletest.Signature, bundletest.Record,
		bundletest.Key, bundletest.Proof, bundletest.Malformed} {
		if !seen[w] {
			t.Errorf("no case has the verdict %q", w)
		}
	}
}
