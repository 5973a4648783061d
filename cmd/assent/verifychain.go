package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
)

// chainBundleFormat names the proof bundle GET /v1/log/{site}/chain answers (the console's download).
const chainBundleFormat = "assent-chain/v1"

// chainBundle is a subject's records with their receipts, in log order.
type chainBundle struct {
	Bundle    string            `json:"bundle"`
	Site      string            `json:"site"`
	Subject   string            `json:"subject"`
	Keys      []string          `json:"keys"`
	Truncated bool              `json:"truncated"`
	Archived  []archivedRef     `json:"archived,omitempty"`
	Records   []json.RawMessage `json:"records"`
}

// archivedRef is a record of the subject that the ledger moved to an archive file (`assent archive`): the
// bundle names it, its content and receipt are checked in that file.
type archivedRef struct {
	Index      int64           `json:"index"`
	LoggedAt   string          `json:"logged_at"`
	RecordHash string          `json:"record_hash"`
	Archive    json.RawMessage `json:"archive"`
}

// isChainBundle reports whether data is a chain bundle rather than a receipt.
func isChainBundle(data []byte) bool {
	var probe struct {
		Bundle string `json:"bundle"`
	}
	return json.Unmarshal(data, &probe) == nil && probe.Bundle != ""
}

// verifyChainData checks a chain bundle: every record with its receipt (as verifyReceiptData does), every
// record of the bundle's site and subject, and reports whether each record's prev is the hash of the one
// before it (chain_linked; a subject writing from two tabs at once may fork its chain, which is not a forgery).
// The subject's archived records, which a bundle names in "archived" (archived_records), are checked in their
// archive file (`assent verify ARCHIVE`); the first record in the bundle links to the last of them.
func verifyChainData(data []byte, v note.Verifier) verifyResult {
	res := verifyResult{Kind: "chain", Signer: v.Name(), KeySource: "flag"}
	fail := func(err error) verifyResult {
		res.Valid, res.Error, res.err = false, err.Error(), err
		return res
	}
	var b chainBundle
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return fail(fmt.Errorf("chain bundle: %w", err))
	}
	if b.Bundle != chainBundleFormat {
		return fail(errors.New("unknown bundle format " + strconv.Quote(b.Bundle) + " (want " + chainBundleFormat + ")"))
	}
	res.Site, res.Subject = b.Site, b.Subject
	if len(b.Records) == 0 {
		return fail(errors.New("chain bundle holds no record"))
	}
	linked := true
	prevHash := ""
	if n := len(b.Archived); n > 0 {
		prevHash = b.Archived[n-1].RecordHash // the subject's earlier records are archived: the chain goes on from them
		res.ArchivedRecords = &n
	}
	for i, raw := range b.Records {
		at := "records[" + strconv.Itoa(i) + "]: "
		r := verifyReceiptData(raw, v)
		if !r.Valid {
			return fail(fmt.Errorf("%s%w", at, r.err))
		}
		var entry struct {
			Record json.RawMessage `json:"record"`
		}
		json.Unmarshal(raw, &entry)
		rec, err := codec.ParseRecord(entry.Record)
		if err != nil {
			return fail(fmt.Errorf("%srecord: %w", at, err))
		}
		if rec.Site != b.Site || rec.Subject != b.Subject {
			return fail(errors.New(at + "the record is of site " + rec.Site + ", subject " + rec.Subject + ", not the bundle's"))
		}
		if rec.Prev != prevHash {
			linked = false
		}
		prevHash = rec.Hash
	}
	n := len(b.Records)
	res.Records, res.ChainLinked, res.Valid = &n, &linked, true
	return res
}
