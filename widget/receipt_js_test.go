//go:build js && wasm

package widget

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"syscall/js"
	"testing"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/prooftest"
)

// signedLog returns the receipts of a log of n records, made with package proof as the ledger makes them, and
// the verifier key.
func signedLog(t *testing.T, n int) ([]proof.Receipt, string) {
	var entries []proof.Entry
	for i := 0; i < n; i++ {
		sum := sha256.Sum256([]byte("record " + strconv.Itoa(i)))
		entries = append(entries, proof.Entry{RecordHash: hex.EncodeToString(sum[:]), LoggedAt: "2026-11-23T10:00:00.123Z"})
	}
	return prooftest.Log(t, "shop.example", "ledger.test", entries)
}

// receiptJS is r in the form the ledger sends it (proof.Receipt's JSON), parsed by the browser.
func receiptJS(t *testing.T, r proof.Receipt) js.Value {
	t.Helper()
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return parseJSON(string(b))
}

// The widget's check accepts exactly what package proof (the ledger's and `assent verify`'s) accepts.
func TestVerifyReceiptAgreesWithProof(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		rs, vkey := signedLog(t, n)
		v, _ := proof.NewVerifier(vkey)
		for i, r := range rs {
			if _, err := proof.VerifyReceipt(r, r.RecordHash, v); err != nil {
				t.Fatalf("proof rejects its own receipt: %v", err)
			}
			if err := VerifyReceipt(receiptJS(t, r), r.RecordHash, vkey); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
		}
	}
}

func TestVerifyReceiptRejectsTampering(t *testing.T) {
	rs, vkey := signedLog(t, 6)
	_, otherKey, _ := proof.GenerateKey("ledger.test")
	good := rs[3]
	b64 := base64.StdEncoding.EncodeToString
	set := func(k string, v any) func(js.Value) { return func(o js.Value) { o.Set(k, v) } }
	for _, c := range []struct {
		name      string
		hash, key string
		mutate    func(js.Value)
		want      error
	}{
		{"other record", rs[2].RecordHash, vkey, nil, ErrReceiptRecord},
		{"other key", "", otherKey, nil, ErrReceiptKey},
		{"garbage key", "", "ledger.test+00000000+AAAA", nil, ErrReceiptKey},
		{"key with a wrong hash", "", vkey[:len("ledger.test+")] + "00000000" + vkey[len("ledger.test+00000000"):], nil, ErrReceiptKey},
		{"index", "", vkey, set("index", 2), ErrReceiptProof},
		{"index past the tree", "", vkey, set("index", 6), ErrReceiptMalformed},
		{"negative index", "", vkey, set("index", -1), ErrReceiptMalformed},
		{"fractional index", "", vkey, set("index", 3.5), ErrReceiptMalformed},
		{"logged at", "", vkey, set("logged_at", "2026-11-23T10:00:00.124Z"), ErrReceiptProof},
		{"proof hash", "", vkey, func(o js.Value) { p := o.Get("proof"); p.SetIndex(0, p.Index(1)) }, ErrReceiptProof},
		{"short proof", "", vkey, func(o js.Value) { o.Get("proof").Call("shift") }, ErrReceiptProof},
		{"long proof", "", vkey, func(o js.Value) { o.Get("proof").Call("push", b64(make([]byte, 32))) }, ErrReceiptProof},
		{"proof not base64", "", vkey, func(o js.Value) { o.Get("proof").SetIndex(0, "!!!!") }, ErrReceiptMalformed},
		{"proof hash too short", "", vkey, func(o js.Value) { o.Get("proof").SetIndex(0, b64(make([]byte, 31))) }, ErrReceiptMalformed},
		{"tree size", "", vkey, set("tree_size", 7), ErrReceiptMalformed},
		{"site", "", vkey, set("site", "evil.example"), ErrReceiptMalformed},
		{"no proof", "", vkey, set("proof", "x"), ErrReceiptMalformed},
		{"unsigned head", "", vkey, func(o js.Value) {
			h := o.Get("head").String()
			o.Set("head", h[:len(h)-10]+"AAAAAAAAA\n")
		}, ErrReceiptKey},
	} {
		o := receiptJS(t, good)
		if c.mutate != nil {
			c.mutate(o)
		}
		hash := c.hash
		if hash == "" {
			hash = good.RecordHash
		}
		if err := VerifyReceipt(o, hash, c.key); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if err := VerifyReceipt(js.ValueOf("not a receipt"), good.RecordHash, vkey); !errors.Is(err, ErrReceiptMalformed) {
		t.Errorf("a string: %v", err)
	}
	// Every single-byte change to the signed head fails (a flipped bit, so the text stays valid UTF-8 in most
	// places; where it does not, JavaScript sees U+FFFD and still refuses).
	head := string(good.Head)
	for i := 0; i < len(head); i++ {
		b := []byte(head)
		b[i] ^= 0x01
		o := receiptJS(t, good)
		o.Set("head", string(b))
		if err := VerifyReceipt(o, good.RecordHash, vkey); err == nil {
			t.Fatalf("head changed at byte %d accepted", i)
		}
	}
}

// Receipts carry standard base64 with padding; a non-canonical encoding of the right bytes is refused, as Go's
// strict decoder (which package proof uses) refuses it.
func TestVerifyReceiptStrictBase64(t *testing.T) {
	rs, vkey := signedLog(t, 2)
	o := receiptJS(t, rs[0])
	p := o.Get("proof").Index(0).String() // 32 bytes: 43 characters and one "="
	last := p[len(p)-2]
	o.Get("proof").SetIndex(0, p[:len(p)-2]+string(last+1)+"=") // sets a bit that padding must leave zero
	if _, err := base64.StdEncoding.Strict().DecodeString(o.Get("proof").Index(0).String()); err == nil {
		t.Fatal("the test's input decodes strictly: it does not test non-canonical padding")
	}
	if err := VerifyReceipt(o, rs[0].RecordHash, vkey); !errors.Is(err, ErrReceiptMalformed) {
		t.Errorf("non-canonical base64 in the proof: %v", err)
	}
}
