// Package recordsig checks and makes the subject signatures of version 2 consent records (docs/contract.md section 5):
// ECDSA P-256 with SHA-256 over the ASCII bytes of the record's hash, by the key whose uncompressed public
// point is the record's subject_key, as an IEEE P1363 (r||s) signature in unpadded base64url.
//
// It is apart from package rules so that the widget's wasm, which links rules but signs with WebCrypto, does
// not carry crypto/ecdsa. The ledger, `assent verify` and the verifier page use it.
package recordsig

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"math/big"

	"github.com/assent-dev/assent/rules"
)

// Error is a refused signature; Code is a stable snake_case code (the ledger's HTTP error code).
type Error struct {
	Code, Message string
}

// Error returns "recordsig: " and the message.
func (e *Error) Error() string { return "recordsig: " + e.Message }

// Codes of Verify's errors.
const (
	CodeBadSubjectKey      = rules.CodeBadSubjectKey      // subject_key is not a P-256 point
	CodeSubjectKeyMismatch = rules.CodeSubjectKeyMismatch // subject does not derive from subject_key
	CodeBadSignature       = rules.CodeBadSignature       // sig is malformed or does not verify
	CodeNotSigned          = rules.CodeNotSigned          // a version 1 record: nothing to verify
)

// Verify checks the subject signature of a version 2 record: subject_key is a point on P-256, subject
// derives from it (rules.SubjectID), and sig verifies over hash. A record with sig rules.LedgerSig (a
// doi_confirm the ledger wrote) has no subject signature: Verify accepts it when its action is doi_confirm
// and the rest holds; trust in it comes from the log. It returns nil or an *Error. It does not check that
// hash is the record's hash (rules.ValidateRecord does).
func Verify(r rules.Record) error {
	if r.V != rules.RecordVersionSigned {
		return &Error{CodeNotSigned, "version 1 records carry no subject signature"}
	}
	pub, err := PublicKey(r.SubjectKey)
	if err != nil {
		return err
	}
	if id, _ := rules.SubjectID(r.SubjectKey); id != r.Subject {
		return &Error{CodeSubjectKeyMismatch, "subject is not derived from subject_key"}
	}
	if r.Sig == rules.LedgerSig && r.Action == rules.ActionDOIConfirm {
		return nil
	}
	sig, ok := rules.DecodeBase64URL(r.Sig)
	if !ok || len(sig) != rules.SigSize {
		return &Error{CodeBadSignature, "sig is not unpadded base64url of a 64-byte signature"}
	}
	digest := sha256.Sum256([]byte(r.Hash))
	rr, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])
	if !ecdsa.Verify(pub, digest[:], rr, ss) {
		return &Error{CodeBadSignature, "sig does not verify with subject_key"}
	}
	return nil
}

// PublicKey parses a subject_key: unpadded base64url of a 65-byte uncompressed point on P-256.
func PublicKey(subjectKey string) (*ecdsa.PublicKey, error) {
	raw, ok := rules.DecodeBase64URL(subjectKey)
	if !ok || len(raw) != rules.SubjectKeySize {
		return nil, &Error{CodeBadSubjectKey, "subject_key is not unpadded base64url of 65 bytes"}
	}
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), raw)
	if err != nil {
		return nil, &Error{CodeBadSubjectKey, "subject_key is not a P-256 point"}
	}
	return pub, nil
}

// SubjectKey returns the subject_key of a public key: unpadded base64url of its uncompressed point.
func SubjectKey(pub *ecdsa.PublicKey) string {
	raw, _ := pub.Bytes()
	return base64.RawURLEncoding.EncodeToString(raw)
}

// Sign makes r a version 2 record signed by key: it sets V, SubjectKey and Subject, seals the hash, and
// sets Sig. Tests and tools use it; browsers sign with WebCrypto.
func Sign(r *rules.Record, key *ecdsa.PrivateKey) error {
	r.V = rules.RecordVersionSigned
	r.SubjectKey = SubjectKey(&key.PublicKey)
	r.Subject, _ = rules.SubjectID(r.SubjectKey)
	r.Seal()
	digest := sha256.Sum256([]byte(r.Hash))
	rr, ss, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		return err
	}
	sig := make([]byte, 64)
	rr.FillBytes(sig[:32])
	ss.FillBytes(sig[32:])
	r.Sig = base64.RawURLEncoding.EncodeToString(sig)
	return nil
}

// NewKey returns a new P-256 key pair for Sign.
func NewKey() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
}
