//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// Errors of VerifyReceipt, by what the check found.
var (
	ErrReceiptMalformed = errors.New("widget: receipt malformed")
	ErrReceiptKey       = errors.New("widget: receipt not signed by the log's verifier key")
	ErrReceiptProof     = errors.New("widget: record not included in the signed tree")
	ErrReceiptRecord    = errors.New("widget: receipt is for another record")
	ErrRecordSignature  = errors.New("widget: record's subject signature does not verify")
)

// VerifyReceipt checks in the browser what `assent verify` checks offline: receipt (the ledger's receipt as a
// JS object, package proof's JSON form) is for the record whose hash is recordHash, its tree head is signed by
// verifierKey (a golang.org/x/mod/sumdb/note Ed25519 verifier key, "name+hash+key"), and its inclusion proof
// (RFC 6962 Merkle hashing, as golang.org/x/mod/sumdb/tlog) leads from the log entry to the signed root.
//
// The check is engine.js's verifyReceipt on WebCrypto (SHA-256 and Ed25519: Chromium 137+, Firefox 129+,
// Safari 17+), about 1 KB of JavaScript where the same in Go cost 3.5 KB brotli of wasm. The tests check that it
// accepts exactly the receipts package proof accepts.
func VerifyReceipt(receipt js.Value, recordHash, verifierKey string) error {
	res, err := await(global("__assent").Call("verifyReceipt", receipt, recordHash, verifierKey))
	if err != nil {
		return err
	}
	switch res.String() {
	case "":
		return nil
	case "record":
		return ErrReceiptRecord
	case "key":
		return ErrReceiptKey
	case "proof":
		return ErrReceiptProof
	}
	return ErrReceiptMalformed
}

// checkReceipt verifies a receipt (JSON text) for a stored record against the config's verifier key, and a
// version 2 record's subject signature (VerifyRecordSig). Without a verifier key there is no receipt to check
// against, and only the signature is checked.
func (e *Engine) checkReceipt(en Entry, receipt string) error {
	if err := VerifyRecordSig(parseJSON(en.Record)); err != nil {
		return err
	}
	if e.cfg.VerifierKey == "" {
		return nil
	}
	return VerifyReceipt(parseJSON(receipt), en.Hash, e.cfg.VerifierKey)
}

// VerifyRecordSig checks a version 2 record (a JS object) as rules/recordsig does: its subject derives from its
// subject_key and its sig verifies over its hash (WebCrypto ECDSA P-256). Version 1 records pass.
func VerifyRecordSig(record js.Value) error {
	res, err := await(global("__assent").Call("verifyRecordSig", record))
	if err != nil {
		return err
	}
	if res.String() != "" {
		return ErrRecordSignature
	}
	return nil
}

// sha256Hex returns the lower-case hex SHA-256 of the UTF-8 of s, from WebCrypto (engine.js): crypto.subtle
// exists in secure contexts (https, and http on localhost). Go's crypto/sha256 would add about 100 KB brotli.
func sha256Hex(s string) (string, error) {
	v, err := await(global("__assent").Call("sha256hex", s))
	if err != nil {
		return "", err
	}
	return v.String(), nil
}
