//go:build js && wasm

package widget

import (
	"errors"
	"strings"
	"syscall/js"
	"testing"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
)

func sigTestRecord(subject string) rules.Record {
	return rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "sig.example", Subject: subject,
		Time: "2026-11-23T10:00:00.000Z", Action: rules.ActionRejectAll,
		Purposes: map[string]bool{"necessary": true, "analytics": false}, Jurisdiction: "FR",
		Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "1",
		Language: "fr", NoticeHash: strings.Repeat("0", 64), Prev: ""}
}

// The WebCrypto signing round trip (record version 2): the proof store makes one non-extractable P-256 key
// pair per site and keeps it, records sealed with it verify with Go's rules/recordsig (as the ledger checks
// them), and records signed in Go verify with engine.js's check, which refuses every tampering Go refuses.
func TestRecordSignatureRoundTrip(t *testing.T) {
	s, err := OpenIDB("sig.example")
	if err != nil {
		t.Fatal(err)
	}
	key := global("__assent").Call("keyOf", s.Subject())
	if key.Type().String() != "string" {
		t.Fatalf("no key pair for subject %q", s.Subject())
	}
	if id, ok := rules.SubjectID(key.String()); !ok || id != s.Subject() {
		t.Fatalf("subject %q does not derive from the key %q (Go says %q)", s.Subject(), key.String(), id)
	}
	priv, err := idbCall("subjectKey", s.db)
	if err != nil {
		t.Fatal(err)
	}
	meta, err := await(metaGet(s, "key"))
	if err != nil || meta.Get("priv").Get("extractable").Bool() || meta.Get("priv").Get("type").String() != "private" {
		t.Fatalf("private key stored %v extractable=%v: want a non-extractable private CryptoKey", err, meta.Get("priv").Get("extractable"))
	}
	if priv.Get("subject").String() != s.Subject() {
		t.Fatal("a second subjectKey call made another subject")
	}
	again, err := OpenIDB("sig.example")
	if err != nil || again.Subject() != s.Subject() {
		t.Fatalf("reopened store has subject %q, want %q (%v)", again.Subject(), s.Subject(), err)
	}

	r := sigTestRecord(s.Subject())
	hash, body, err := sealRecord(r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := codec.ParseRecord([]byte(body))
	if err != nil {
		t.Fatalf("sealed record does not parse: %v\n%s", err, body)
	}
	if got.V != 2 || got.Hash != hash || got.ComputeHash() != hash || string(codec.FormatRecord(got)) != body {
		t.Fatalf("sealed record is not canonical version 2: %s", body)
	}
	if err := recordsig.Verify(got); err != nil {
		t.Fatalf("Go does not verify the WebCrypto signature: %v\n%s", err, body)
	}
	if err := VerifyRecordSig(parseJSON(body)); err != nil {
		t.Fatalf("engine.js does not verify its own record: %v", err)
	}

	goKey, _ := recordsig.NewKey()
	g := sigTestRecord("")
	if err := recordsig.Sign(&g, goKey); err != nil {
		t.Fatal(err)
	}
	if err := VerifyRecordSig(parseJSON(string(codec.FormatRecord(g)))); err != nil {
		t.Fatalf("engine.js does not verify a record signed in Go: %v", err)
	}
	other, _ := recordsig.NewKey()
	for name, edit := range map[string]func(*rules.Record){
		"hash":        func(r *rules.Record) { r.Hash = strings.Repeat("1", 64) },
		"sig":         func(r *rules.Record) { r.Sig = strings.Replace(r.Sig, r.Sig[5:6], flipChar(r.Sig[5]), 1) },
		"subject":     func(r *rules.Record) { r.Subject = "k3J9xQ2mVb7Tz1LwPq8sYA" },
		"other key":   func(r *rules.Record) { r.SubjectKey = recordsig.SubjectKey(&other.PublicKey) },
		"ledger sig":  func(r *rules.Record) { r.Sig = rules.LedgerSig },
		"padded sig":  func(r *rules.Record) { r.Sig += "==" },
		"sig too big": func(r *rules.Record) { r.Sig += "AAAA" },
	} {
		x := g
		edit(&x)
		goErr := recordsig.Verify(x)
		jsErr := VerifyRecordSig(parseJSON(string(codec.FormatRecord(x))))
		if goErr == nil || !errors.Is(jsErr, ErrRecordSignature) {
			t.Errorf("%s: Go %v, engine.js %v: both must refuse", name, goErr, jsErr)
		}
	}
	c := g
	c.Action, c.Sig = rules.ActionDOIConfirm, rules.LedgerSig
	if VerifyRecordSig(parseJSON(string(codec.FormatRecord(c)))) != nil || recordsig.Verify(c) != nil {
		t.Error("a ledger-written doi_confirm is refused")
	}
}

func flipChar(c byte) string {
	if c == 'A' {
		return "B"
	}
	return "A"
}

// metaGet reads a value of the proof store's meta store.
func metaGet(s *IDBStore, key string) js.Value {
	r := s.db.Call("transaction", []any{"meta"}, "readonly").Call("objectStore", "meta").Call("get", key)
	return global("Promise").New(js.FuncOf(func(_ js.Value, args []js.Value) any {
		ok := args[0]
		var f js.Func
		f = js.FuncOf(func(js.Value, []js.Value) any { f.Release(); ok.Invoke(r.Get("result")); return nil })
		r.Set("onsuccess", f)
		return nil
	}))
}
