package check

import (
	"strings"
	"testing"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/prooftest"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/recordsig"
)

// The verifier page checks a version 2 record's subject signature: a record re-signed by another key, or
// whose signature was swapped, is invalid even though its hash and receipt hold.
func TestVerifyV2Signature(t *testing.T) {
	key, _ := recordsig.NewKey()
	r := rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "shop.example", Time: "2026-11-23T10:00:00.000Z",
		Action: "reject_all", Purposes: map[string]bool{"necessary": true, "analytics": false}, Jurisdiction: "FR",
		Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "r1",
		Language: "fr", NoticeHash: strings.Repeat("ab", 32)}
	if err := recordsig.Sign(&r, key); err != nil {
		t.Fatal(err)
	}
	receipts, vkey := prooftest.Log(t, "shop.example", "test.example", []proof.Entry{{RecordHash: r.Hash, LoggedAt: "2026-11-23T10:00:01.000Z"}})
	line := func(r rules.Record) string {
		body, _ := r.MarshalJSON()
		return `{"record":` + string(body) + `,"receipt":` + string(receipts[0].Format()) + `}`
	}
	if res := Verify(line(r), vkey); !res.Valid {
		t.Fatalf("signed record: %+v", res)
	}
	other := r
	other.Sig = strings.Repeat("A", 86)
	if res := Verify(line(other), vkey); res.Valid || !strings.Contains(res.Error, "signature") {
		t.Fatalf("swapped signature: %+v", res)
	}
}
