package recordsig_test

import (
	"errors"
	"testing"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
)

func record() rules.Record {
	return rules.Record{V: 1, ID: "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11", Site: "shop.example",
		Subject: "k3J9xQ2mVb7Tz1LwPq8sYA", Time: "2026-11-23T10:00:00.000Z", Action: rules.ActionRejectAll,
		Purposes: map[string]bool{"necessary": true, "analytics": false}, Jurisdiction: "FR",
		Decision: rules.RecordDecision{Model: "opt_in", Rules: []string{"EU.ePrivacy.5.3"}}, Revision: "1",
		Language: "fr", NoticeHash: "0000000000000000000000000000000000000000000000000000000000000000"}
}

func code(err error) string {
	var e *recordsig.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// TestSignVerify signs a record, checks it verifies, round-trips through codec, and that changing any signed
// part fails with a stable code.
func TestSignVerify(t *testing.T) {
	key, _ := recordsig.NewKey()
	r := record()
	if err := recordsig.Sign(&r, key); err != nil {
		t.Fatal(err)
	}
	if err := recordsig.Verify(r); err != nil {
		t.Fatal(err)
	}
	if fs := rules.ValidateRecord(r, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), nil); rules.HasErrors(fs) {
		t.Fatalf("signed record invalid: %+v", fs)
	}
	back, err := codec.ParseRecord(codec.FormatRecord(r))
	if err != nil || back.Sig != r.Sig || back.SubjectKey != r.SubjectKey || back.ComputeHash() != r.Hash {
		t.Fatalf("round trip: %v %+v", err, back)
	}
	other, _ := recordsig.NewKey()
	for name, tc := range map[string]struct {
		edit func(*rules.Record)
		code string
	}{
		"other hash":      {func(r *rules.Record) { r.Hash = flip(r.Hash) }, recordsig.CodeBadSignature},
		"sig bit flipped": {func(r *rules.Record) { r.Sig = flip(r.Sig) }, recordsig.CodeBadSignature},
		"sig short":       {func(r *rules.Record) { r.Sig = r.Sig[:40] }, recordsig.CodeBadSignature},
		"other key":       {func(r *rules.Record) { r.SubjectKey = recordsig.SubjectKey(&other.PublicKey) }, recordsig.CodeSubjectKeyMismatch},
		"other key+subject": {func(r *rules.Record) {
			r.SubjectKey = recordsig.SubjectKey(&other.PublicKey)
			r.Subject, _ = rules.SubjectID(r.SubjectKey)
		}, recordsig.CodeBadSignature},
		"subject":     {func(r *rules.Record) { r.Subject = "k3J9xQ2mVb7Tz1LwPq8sYA" }, recordsig.CodeSubjectKeyMismatch},
		"not a point": {func(r *rules.Record) { r.SubjectKey = "A" + r.SubjectKey[1:] }, recordsig.CodeBadSubjectKey},
		"ledger sig":  {func(r *rules.Record) { r.Sig = rules.LedgerSig }, recordsig.CodeBadSignature},
		"v1":          {func(r *rules.Record) { r.V = 1 }, recordsig.CodeNotSigned},
	} {
		x := r
		tc.edit(&x)
		if got := code(recordsig.Verify(x)); got != tc.code {
			t.Errorf("%s: code %q, want %q", name, got, tc.code)
		}
	}
	c := r
	c.Action, c.Sig = rules.ActionDOIConfirm, rules.LedgerSig
	if err := recordsig.Verify(c); err != nil {
		t.Errorf("ledger doi_confirm: %v", err)
	}
}

func flip(s string) string {
	b := []byte(s)
	if b[10] == 'A' {
		b[10] = 'B'
	} else {
		b[10] = 'A'
	}
	return string(b)
}
