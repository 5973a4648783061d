package widget

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"testing"

	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/tlog"
)

func sha(b []byte) ([32]byte, error) { return sha256.Sum256(b), nil }

func ed(pub, msg, sig []byte) (bool, error) { return ed25519.Verify(pub, msg, sig), nil }

// signedLog returns receipts for every entry of a log of n records, made with package proof as the ledger
// makes them, and the verifier key.
func signedLog(t *testing.T, n int) ([]proof.Receipt, string) {
	t.Helper()
	skey, vkey, err := proof.GenerateKey("ledger.test")
	if err != nil {
		t.Fatal(err)
	}
	signer, _, _ := proof.NewSigner(skey)
	var tree proof.Tree
	var entries []proof.Entry
	for i := 0; i < n; i++ {
		sum := sha256.Sum256([]byte("record " + strconv.Itoa(i)))
		e := proof.Entry{RecordHash: hex.EncodeToString(sum[:]), LoggedAt: "2026-11-23T10:00:00.123Z"}
		entries = append(entries, e)
		tree.Append(e.LeafHash())
	}
	root, _ := tree.Root(int64(n))
	head, err := proof.SignHead(proof.Head{Origin: proof.Origin("shop.example"), Size: int64(n), Root: root}, signer)
	if err != nil {
		t.Fatal(err)
	}
	var out []proof.Receipt
	for i, e := range entries {
		p, err := tlog.ProveRecord(int64(n), int64(i), &tree)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, proof.Receipt{Site: "shop.example", RecordHash: e.RecordHash, LoggedAt: e.LoggedAt,
			Index: int64(i), TreeSize: int64(n), Head: head, Proof: p})
	}
	return out, vkey
}

func widgetReceipt(r proof.Receipt) Receipt {
	w := Receipt{Site: r.Site, RecordHash: r.RecordHash, LoggedAt: r.LoggedAt, Index: r.Index, TreeSize: r.TreeSize, Head: string(r.Head)}
	for _, h := range r.Proof {
		w.Proof = append(w.Proof, base64.StdEncoding.EncodeToString(h[:]))
	}
	return w
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
			if err := VerifyReceipt(widgetReceipt(r), r.RecordHash, vkey, sha, ed); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
		}
	}
}

func TestVerifyReceiptRejectsTampering(t *testing.T) {
	rs, vkey := signedLog(t, 6)
	_, otherKey, _ := proof.GenerateKey("ledger.test")
	good := widgetReceipt(rs[3])
	mutate := map[string]func(*Receipt) (string, string){
		"other record": func(r *Receipt) (string, string) { return rs[2].RecordHash, vkey },
		"other key":    func(r *Receipt) (string, string) { return r.RecordHash, otherKey },
		"index":        func(r *Receipt) (string, string) { r.Index = 2; return r.RecordHash, vkey },
		"logged at":    func(r *Receipt) (string, string) { r.LoggedAt = "2026-11-23T10:00:00.124Z"; return r.RecordHash, vkey },
		"proof hash":   func(r *Receipt) (string, string) { r.Proof[0] = r.Proof[1]; return r.RecordHash, vkey },
		"short proof":  func(r *Receipt) (string, string) { r.Proof = r.Proof[1:]; return r.RecordHash, vkey },
		"tree size":    func(r *Receipt) (string, string) { r.TreeSize = 7; return r.RecordHash, vkey },
		"site":         func(r *Receipt) (string, string) { r.Site = "evil.example"; return r.RecordHash, vkey },
		"garbage key":  func(r *Receipt) (string, string) { return r.RecordHash, "ledger.test+00000000+AAAA" },
		"unsigned head": func(r *Receipt) (string, string) {
			r.Head = r.Head[:len(r.Head)-10] + "AAAAAAAAA\n"
			return r.RecordHash, vkey
		},
	}
	for name, m := range mutate {
		r := good
		r.Proof = append([]string(nil), good.Proof...)
		hash, key := m(&r)
		if err := VerifyReceipt(r, hash, key, sha, ed); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// Every single-byte change to the signed head fails.
	for i := 0; i < len(good.Head); i++ {
		r := good
		b := []byte(r.Head)
		b[i] ^= 0x01
		r.Head = string(b)
		if err := VerifyReceipt(r, r.RecordHash, vkey, sha, ed); err == nil {
			t.Fatalf("head changed at byte %d accepted", i)
		}
	}
}

func TestDecodeBase64MatchesStdlib(t *testing.T) {
	for n := 0; n < 70; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*131 + n)
		}
		s := base64.StdEncoding.EncodeToString(b)
		got, ok := decodeBase64(s)
		if !ok || string(got) != string(b) {
			t.Fatalf("decodeBase64(%q) = %x, %v", s, got, ok)
		}
	}
	for _, bad := range []string{"A", "AB=C", "AB==A===", "AB=C", "QQ=", "QR==", "Q===", "!!!!"} {
		if _, ok := decodeBase64(bad); ok {
			if _, err := base64.StdEncoding.Strict().DecodeString(bad); err == nil {
				continue
			}
			t.Errorf("decodeBase64(%q) accepted", bad)
		}
	}
}
