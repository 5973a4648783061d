package bundle_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/proof/prooftest"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/recordsig"
)

// signed returns a signed version 2 record of site.
func signed(t *testing.T, site, action string) rules.Record {
	key, err := recordsig.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	r := rules.Record{ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: site, Time: "2026-11-23T10:00:00.000Z", Action: action,
		Purposes: map[string]bool{"necessary": true}, Jurisdiction: "FR",
		Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "1", Language: "fr",
		NoticeHash: strings.Repeat("ab", 32)}
	if err := recordsig.Sign(&r, key); err != nil {
		t.Fatal(err)
	}
	return r
}

// Every tampering a regulator's copy could suffer is refused, each with the error a caller can branch on.
func TestVerifyTampering(t *testing.T) {
	good := signed(t, "shop.example", rules.ActionRejectAll)
	other := signed(t, "other.example", rules.ActionRejectAll) // logged, by a faulty ledger, in shop.example's log
	receipts, vkey := prooftest.Log(t, "shop.example", "assent.test", []proof.Entry{
		{RecordHash: good.Hash, LoggedAt: "2026-11-23T10:00:01.000Z"}, {RecordHash: other.Hash, LoggedAt: "2026-11-23T10:00:02.000Z"}})
	v, err := proof.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundle.Verify(good, receipts[0], v); err != nil {
		t.Fatalf("a good bundle: %v", err)
	}
	bent := receipts[0]
	bent.Proof = append(bent.Proof[:0:0], bent.Proof...)
	bent.Proof[0][0] ^= 1
	_, otherKey := prooftest.Log(t, "shop.example", "assent.test", nil)
	ov, _ := proof.NewVerifier(otherKey)
	for _, tc := range []struct {
		name string
		rec  func() rules.Record
		rc   proof.Receipt
		v    interface{ Name() string }
		want error
	}{
		{"content changed", func() rules.Record { r := good; r.Action = rules.ActionAcceptAll; return r }, receipts[0], v, bundle.ErrHashMismatch},
		{"content and hash changed", func() rules.Record {
			r := good
			r.Purposes = map[string]bool{"necessary": true, "marketing": true}
			r.Hash = r.ComputeHash()
			return r
		}, receipts[0], v, bundle.ErrSignature},
		{"record of another site", func() rules.Record { return other }, receipts[1], v, bundle.ErrSiteMismatch},
		{"signature of another record", func() rules.Record { r := good; r.Sig = other.Sig; return r }, receipts[0], v, bundle.ErrSignature},
		{"another record's receipt", func() rules.Record { return good }, receipts[1], v, proof.ErrOtherRecord},
		{"inclusion proof altered", func() rules.Record { return good }, bent, v, proof.ErrInclusion},
		{"another log's key", func() rules.Record { return good }, receipts[0], ov, proof.ErrHeadSignature},
	} {
		vv := v
		if tc.v != v {
			vv = ov
		}
		_, err := bundle.Verify(tc.rec(), tc.rc, vv)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
	// The JSON form, as exported: a receipt that does not parse names the part, and the proof's error is
	// still there to branch on through the wrap.
	rec, _ := json.Marshal(good)
	if _, _, _, err := bundle.VerifyJSON(rec, []byte(`{"v":1}`), v); !errors.Is(err, proof.ErrReceiptMalformed) || !strings.HasPrefix(err.Error(), "receipt:") {
		t.Errorf("bad receipt JSON: %v", err)
	}
	rc1, _ := json.Marshal(receipts[1])
	if _, _, _, err := bundle.VerifyJSON(rec, rc1, v); !errors.Is(err, proof.ErrOtherRecord) {
		t.Errorf("another record's receipt as JSON: %v, want ErrOtherRecord", err)
	}
	rc, _ := json.Marshal(receipts[0])
	if _, _, _, err := bundle.VerifyJSON(rec, rc, v); err != nil {
		t.Errorf("good JSON bundle: %v", err)
	}
}
