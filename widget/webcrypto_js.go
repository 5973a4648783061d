//go:build js && wasm

package widget

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// VerifyError is what a proof check in the browser found: engine.js's verdict, the word proof/bundle/bundletest
// names (the verdict of package bundle on the same bundle). Constants, not errors.New: a package-level variable
// with an initialiser costs the wasm its init code.
type VerifyError string

func (e VerifyError) Error() string { return "widget: the proof does not verify (" + string(e) + ")" }

// The errors of VerifyReceipt, VerifyBundle and VerifyRecordSig, by what the check found.
const (
	ErrReceiptMalformed VerifyError = rules.CodeMalformed // receipt (or record) not of the right shape
	ErrReceiptKey       VerifyError = "key"               // receipt not signed by the log's verifier key
	ErrReceiptProof     VerifyError = "proof"             // record not included in the signed tree
	ErrReceiptRecord    VerifyError = "record"            // receipt is for another record
	ErrReceiptSite      VerifyError = "site"              // record and receipt are of different sites
	ErrRecordHash       VerifyError = "hash"              // record's hash is not the hash of its content
	ErrRecordSignature  VerifyError = "signature"         // record's subject signature does not verify
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
	return verdict(await(global("__assent").Call("verifyReceipt", receipt, recordHash, verifierKey)))
}

// VerifyBundle checks a record with its receipt (JS objects, their stored JSON forms) as package proof/bundle
// does for `assent verify`: the record's hash is the hash of its content, record and receipt are of the same
// site, a version 2 record's subject signature holds (VerifyRecordSig), and the receipt holds for the record's
// hash (VerifyReceipt). It is engine.js's verifyBundle; the tests run proof/bundle/bundletest's corpus of
// tampered bundles through it and require package bundle's verdict on every case.
func VerifyBundle(record, receipt js.Value, verifierKey string) error {
	return verdict(await(global("__assent").Call("verifyBundle", record, receipt, verifierKey)))
}

// verdict turns engine.js's answer (what failed, ” for nothing) into an error.
func verdict(res js.Value, err error) error {
	if err == nil && res.String() != "" {
		err = VerifyError(res.String())
	}
	return err
}

// checkReceipt verifies a receipt (JSON text) for a stored record against the config's verifier key
// (VerifyBundle). Without a verifier key there is no receipt to check against, and only a version 2 record's
// subject signature is checked.
func (e *Engine) checkReceipt(en Entry, receipt string) error {
	if e.cfg.VerifierKey == "" {
		return VerifyRecordSig(parseJSON(en.Record))
	}
	return VerifyBundle(parseJSON(en.Record), parseJSON(receipt), e.cfg.VerifierKey)
}

// VerifyRecordSig checks a version 2 record (a JS object) as rules/recordsig does: its subject derives from its
// subject_key and its sig verifies over its hash (WebCrypto ECDSA P-256). Version 1 records pass.
func VerifyRecordSig(record js.Value) error {
	return verdict(await(global("__assent").Call("verifyRecordSig", record)))
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
