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

// checkReceipt verifies a receipt (JSON text) for a stored record against the config's verifier key. Without a
// verifier key there is nothing to check against, and it accepts.
func (e *Engine) checkReceipt(en Entry, receipt string) error {
	if e.cfg.VerifierKey == "" {
		return nil
	}
	return VerifyReceipt(parseJSON(receipt), en.Hash, e.cfg.VerifierKey)
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
