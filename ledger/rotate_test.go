package ledger_test

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
)

// TestKeyRotation: after a rotation the log signs new heads with the new key, /v1/keys lists the current and
// the retired key, and a receipt given under the old key still verifies against the old (published) key.
func TestKeyRotation(t *testing.T) {
	db, _ := newDB(t)
	old := testOptions(t)
	if err := ledger.RememberKey(t.Context(), db, old.VerifierKey); err != nil {
		t.Fatal(err)
	}
	first := ledgertest.NewRecord(testSite, time.Now())
	receipt, err := post(ledger.New(db, old), first)
	if err != nil {
		t.Fatal(err)
	}
	skey, vkey, _ := proof.GenerateKey("ledger.test")
	signer, _, _ := proof.NewSigner(skey)
	rotated := testOptions(t)
	rotated.Signer, rotated.VerifierKey = signer, vkey
	h := ledger.New(db, rotated)
	second := ledgertest.NewRecord(testSite, time.Now())
	receipt2, err := post(h, second)
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/v1/keys", nil))
	var keys struct {
		Keys    []string `json:"keys"`
		Current string   `json:"current"`
		Retired []string `json:"retired"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &keys); err != nil || keys.Current != vkey || len(keys.Keys) != 2 ||
		keys.Keys[0] != vkey || len(keys.Retired) != 1 || keys.Retired[0] != old.VerifierKey {
		t.Fatalf("keys after rotation: %s", w.Body)
	}
	oldV, _ := proof.NewVerifier(old.VerifierKey)
	newV, _ := proof.NewVerifier(vkey)
	rc, _ := proof.ParseReceipt([]byte(receipt))
	if _, err := proof.VerifyReceipt(rc, first.Hash, oldV); err != nil {
		t.Errorf("old receipt against the retired key: %v", err)
	}
	rc2, _ := proof.ParseReceipt([]byte(receipt2))
	if _, err := proof.VerifyReceipt(rc2, second.Hash, newV); err != nil {
		t.Errorf("new receipt against the current key: %v", err)
	}
	if !strings.Contains(string(rc2.Head), "\n— ledger.test ") || bytes.Equal(rc.Head, rc2.Head) {
		t.Errorf("the new head does not name its key: %q", rc2.Head)
	}
}
