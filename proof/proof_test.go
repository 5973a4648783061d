package proof

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// testLog is a small log built in memory, as the ledger would build it.
type testLog struct {
	site    string
	signer  note.Signer
	vkey    string
	entries []Entry
	tree    Tree
}

func newTestLog(t testing.TB, site string, n int) *testLog {
	t.Helper()
	skey, vkey, err := GenerateKey("test.example")
	if err != nil {
		t.Fatal(err)
	}
	s, vkey2, err := NewSigner(skey)
	if err != nil || vkey2 != vkey {
		t.Fatalf("NewSigner: %v, vkey %q want %q", err, vkey2, vkey)
	}
	l := &testLog{site: site, signer: s, vkey: vkey}
	for i := 0; i < n; i++ {
		l.add(t, "record "+strconv.Itoa(i))
	}
	return l
}

func (l *testLog) add(t testing.TB, record string) Entry {
	sum := sha256.Sum256([]byte(record))
	e := Entry{RecordHash: hex.EncodeToString(sum[:]), LoggedAt: FormatTime(time.Date(2026, 11, 23, 10, 0, len(l.entries), 0, time.UTC))}
	if err := l.tree.Append(e.LeafHash()); err != nil {
		t.Fatal(err)
	}
	l.entries = append(l.entries, e)
	return e
}

func (l *testLog) head(t testing.TB, n int64) (Head, []byte) {
	t.Helper()
	root, err := l.tree.Root(n)
	if err != nil {
		t.Fatal(err)
	}
	h := Head{Origin: Origin(l.site), Size: n, Root: root}
	msg, err := SignHead(h, l.signer)
	if err != nil {
		t.Fatal(err)
	}
	return h, msg
}

func (l *testLog) receipt(t testing.TB, i, n int64) Receipt {
	t.Helper()
	_, msg := l.head(t, n)
	p, err := tlog.ProveRecord(n, i, &l.tree)
	if err != nil {
		t.Fatal(err)
	}
	e := l.entries[i]
	return Receipt{Site: l.site, RecordHash: e.RecordHash, LoggedAt: e.LoggedAt, Index: i, TreeSize: n, Head: msg, Proof: p}
}

func (l *testLog) verifier(t testing.TB) note.Verifier {
	v, err := NewVerifier(l.vkey)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestReceiptRoundTripAndVerify(t *testing.T) {
	l := newTestLog(t, "shop.example", 13)
	v := l.verifier(t)
	for n := int64(1); n <= 13; n++ {
		for i := int64(0); i < n; i++ {
			r := l.receipt(t, i, n)
			data := r.Format()
			got, err := ParseReceipt(data)
			if err != nil {
				t.Fatalf("ParseReceipt(%d,%d): %v\n%s", i, n, err, data)
			}
			if string(got.Format()) != string(data) {
				t.Fatalf("round trip changed the receipt")
			}
			h, err := VerifyReceipt(got, l.entries[i].RecordHash, v)
			if err != nil {
				t.Fatalf("VerifyReceipt(%d,%d): %v", i, n, err)
			}
			if h.Size != n || h.Site() != "shop.example" {
				t.Fatalf("head = %+v", h)
			}
		}
	}
}

func TestReceiptTrailingNewlineAccepted(t *testing.T) {
	l := newTestLog(t, "shop.example", 3)
	data := append(l.receipt(t, 1, 3).Format(), '\n')
	if _, err := ParseReceipt(data); err != nil {
		t.Fatal(err)
	}
}

// TestReceiptMangled changes every byte of a receipt to every other value (a sample of values with -short)
// and checks that no changed receipt both parses and verifies.
func TestReceiptMangled(t *testing.T) {
	l := newTestLog(t, "shop.example", 11)
	v := l.verifier(t)
	r := l.receipt(t, 6, 11)
	data := r.Format()
	if _, err := VerifyReceipt(r, r.RecordHash, v); err != nil {
		t.Fatal(err)
	}
	values := []byte{0, '\n', ' ', '"', ',', '0', '1', '9', ':', 'A', 'a', 'f', 'g', '+', '/', '=', '\\', '{', '}', 0xe2, 0xff}
	if !testing.Short() {
		values = values[:0]
		for b := 0; b < 256; b++ {
			values = append(values, byte(b))
		}
	}
	for i := range data {
		orig := data[i]
		for _, b := range append(values, orig^1, orig^0x20, orig+1, orig-1) {
			if b == orig {
				continue
			}
			data[i] = b
			if got, err := ParseReceipt(data); err == nil {
				if _, err := VerifyReceipt(got, got.RecordHash, v); err == nil {
					t.Errorf("byte %d changed %q -> %q: receipt still verifies", i, orig, b)
				}
			}
		}
		data[i] = orig
	}
}

func TestReceiptRejects(t *testing.T) {
	l := newTestLog(t, "shop.example", 4)
	v := l.verifier(t)
	r := l.receipt(t, 2, 4)
	good := string(r.Format())
	for name, data := range map[string]string{
		"pretty":        strings.Replace(good, `,"index"`, `, "index"`, 1),
		"unknown field": strings.Replace(good, `{"head"`, `{"extra":1,"head"`, 1),
		"upper key":     strings.Replace(good, `"index"`, `"Index"`, 1),
		"duplicate key": strings.Replace(good, `"index":2`, `"index":2,"index":2`, 1),
		"trailing":      good + "{}",
		"version":       strings.Replace(good, `"v":1`, `"v":2`, 1),
		"too large":     good + strings.Repeat(" ", MaxReceiptSize),
		"empty":         "",
		"index >= size": strings.Replace(good, `"index":2`, `"index":4`, 1),
		"size mismatch": strings.Replace(good, `"tree_size":4`, `"tree_size":5`, 1),
		"other site":    strings.Replace(good, `"site":"shop.example"`, `"site":"evil.example"`, 1),
		"upper hash":    strings.Replace(good, r.RecordHash, strings.ToUpper(r.RecordHash), 1),
	} {
		if _, err := ParseReceipt([]byte(data)); err == nil {
			t.Errorf("%s: ParseReceipt accepted it", name)
		}
	}
	if _, err := VerifyReceipt(r, l.entries[1].RecordHash, v); err == nil {
		t.Error("VerifyReceipt accepted another record's hash")
	}
	other := newTestLog(t, "shop.example", 1)
	if _, err := VerifyReceipt(r, r.RecordHash, other.verifier(t)); err == nil {
		t.Error("VerifyReceipt accepted another key")
	}
}

func TestVerifyLog(t *testing.T) {
	l := newTestLog(t, "shop.example", 20)
	v := l.verifier(t)
	_, msg := l.head(t, 20)
	h7, _ := l.head(t, 7)
	h20, err := VerifyLog("shop.example", l.entries, msg, v, h7)
	if err != nil {
		t.Fatal(err)
	}
	if h20.Size != 20 {
		t.Fatalf("size %d", h20.Size)
	}
	if _, err := VerifyLog("shop.example", l.entries[:19], msg, v); err == nil {
		t.Error("accepted a missing entry")
	}
	if _, err := VerifyLog("other.example", l.entries, msg, v); err == nil {
		t.Error("accepted another site's log")
	}
	changed := append([]Entry(nil), l.entries...)
	changed[3].LoggedAt = FormatTime(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	if _, err := VerifyLog("shop.example", changed, msg, v); err == nil {
		t.Error("accepted a changed entry time")
	}
	fork := newTestLog(t, "shop.example", 0)
	fork.signer = l.signer
	for i := 0; i < 7; i++ {
		fork.add(t, "forked "+strconv.Itoa(i))
	}
	forkHead, _ := fork.head(t, 7)
	if _, err := VerifyLog("shop.example", l.entries, msg, v, forkHead); err == nil {
		t.Error("accepted an inconsistent earlier head")
	}
	p, err := tlog.ProveTree(20, 7, &l.tree)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyConsistency(h7, h20, p); err != nil {
		t.Error(err)
	}
	if err := VerifyConsistency(forkHead, h20, p); err == nil {
		t.Error("VerifyConsistency accepted a fork")
	}
}

func TestOpenHeadStrict(t *testing.T) {
	l := newTestLog(t, "shop.example", 2)
	v := l.verifier(t)
	_, msg := l.head(t, 2)
	if _, err := OpenHead(msg, v); err != nil {
		t.Fatal(err)
	}
	other := newTestLog(t, "shop.example", 0)
	twice, err := note.Sign(&note.Note{Text: string(msg[:strings.Index(string(msg), "\n\n")+1])}, l.signer, other.signer)
	if err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]string{
		"two signatures": string(twice),
		"leading zero":   strings.Replace(string(msg), "\n2\n", "\n02\n", 1),
		"no origin":      strings.Replace(string(msg), "shop.example/consent-log", "shop.example", 1),
		"extra line":     strings.Replace(string(msg), "\n\n", "\nextra\n\n", 1),
	} {
		if _, err := OpenHead([]byte(m), v); err == nil {
			t.Errorf("%s: OpenHead accepted it", name)
		}
	}
}

func TestNewSignerRejects(t *testing.T) {
	skey, _, err := GenerateKey("")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"", "PRIVATE+KEY+x", skey + "x", strings.Replace(skey, "assent.local", "other", 1)} {
		if _, _, err := NewSigner(k); err == nil {
			t.Errorf("NewSigner(%q) accepted", k)
		}
	}
}
