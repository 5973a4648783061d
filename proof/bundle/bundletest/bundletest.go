// Package bundletest is the shared corpus of tampered {record, receipt} bundles (corpus.json): a real signed log,
// and every way a copy of a consent proof can be altered, each with the verdict both verifiers must give:
// package bundle (Go: `assent verify`, the tools wasm, the auditor) and verifyBundle in widget/engine.js
// (JavaScript on WebCrypto, in the visitor's browser). proof/bundle's tests write the corpus
// (go test ./proof/bundle -run Corpus -update) and check Go against it; the widget's wasm tests run the same
// cases through engine.js in Chromium.
package bundletest

import (
	_ "embed"
	"encoding/json"
	"errors"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/rules"
)

// The verdicts, as engine.js's verifyBundle names them: what failed first.
const (
	Valid     = ""                  // every check holds
	Hash      = "hash"              // the record's hash is not the hash of its content
	Site      = "site"              // record and receipt are of different sites
	Signature = "signature"         // a version 2 record's subject signature does not verify
	Record    = "record"            // the receipt is for another record hash
	Key       = "key"               // the receipt's tree head is not signed by the log's verifier key
	Proof     = "proof"             // the inclusion proof does not lead to the signed root
	Malformed = rules.CodeMalformed // record or receipt is not of the right shape (fields, sizes, head of another log)
)

// Corpus is the log's verifier key and the cases, every one verified against that key.
type Corpus struct {
	VerifierKey string `json:"verifier_key"`
	Cases       []Case `json:"cases"`
}

// Case is one bundle: the record and the receipt as JSON text (as stored, exported and sent) and the verdict.
type Case struct {
	Name    string `json:"name"`
	Record  string `json:"record"`
	Receipt string `json:"receipt"`
	Want    string `json:"want"`
}

//go:embed corpus.json
var corpus []byte

// Load returns the corpus.
func Load() (Corpus, error) {
	var c Corpus
	err := json.Unmarshal(corpus, &c)
	return c, err
}

// Verdict names what bundle.Verify (or VerifyJSON) found, in the words of engine.js's verifyBundle.
func Verdict(err error) string {
	switch {
	case err == nil:
		return Valid
	case errors.Is(err, bundle.ErrHashMismatch):
		return Hash
	case errors.Is(err, bundle.ErrSiteMismatch):
		return Site
	case errors.Is(err, bundle.ErrSignature):
		return Signature
	case errors.Is(err, proof.ErrOtherRecord):
		return Record
	case errors.Is(err, proof.ErrHeadSignature):
		return Key
	case errors.Is(err, proof.ErrInclusion):
		return Proof
	}
	return Malformed
}
