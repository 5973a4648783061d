// Package bundle verifies a consent record with its receipt, the check `assent verify`, the verifier page (tools
// wasm) and `assent audit` share: the record's hash is the hash of its content, record and receipt are of the
// same site, a version 2 record carries its subject's signature, and the receipt proves the record's hash is an
// entry of the log the verifier key signs.
package bundle

import (
	"errors"
	"fmt"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
	"golang.org/x/mod/sumdb/note"
)

// Errors Verify wraps, for callers that branch on what failed.
var (
	ErrHashMismatch = errors.New("record: its hash field does not match its content (hash_mismatch)")
	ErrSiteMismatch = errors.New("record and receipt are of different sites")
	ErrSignature    = errors.New("record: subject signature")
)

// Verify checks rec against rc with the log's verifier v and returns the signed head the receipt carries.
func Verify(rec rules.Record, rc proof.Receipt, v note.Verifier) (proof.Head, error) {
	if rec.ComputeHash() != rec.Hash {
		return proof.Head{}, ErrHashMismatch
	}
	if rec.Site != rc.Site {
		return proof.Head{}, fmt.Errorf("%w: the record is for site %s, the receipt for %s", ErrSiteMismatch, rec.Site, rc.Site)
	}
	if rec.V == rules.RecordVersionSigned {
		if err := recordsig.Verify(rec); err != nil {
			return proof.Head{}, fmt.Errorf("%w: %w", ErrSignature, err)
		}
	}
	return proof.VerifyReceipt(rc, rec.Hash, v)
}

// VerifyJSON parses a record and a receipt (JSON) and verifies them as Verify does.
func VerifyJSON(record, receipt []byte, v note.Verifier) (rules.Record, proof.Receipt, proof.Head, error) {
	rec, err := codec.ParseRecord(record)
	if err != nil {
		return rec, proof.Receipt{}, proof.Head{}, fmt.Errorf("record: %w", err)
	}
	rc, err := proof.ParseReceipt(receipt)
	if err != nil {
		return rec, rc, proof.Head{}, fmt.Errorf("receipt: %w", err)
	}
	h, err := Verify(rec, rc, v)
	return rec, rc, h, err
}
