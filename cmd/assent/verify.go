package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
)

// verifyResult is the JSON `assent verify` prints.
type verifyResult struct {
	Valid           bool   `json:"valid"`
	Kind            string `json:"kind"` // "receipt", "log", "chain" or "archive"
	Site            string `json:"site,omitempty"`
	Index           *int64 `json:"index,omitempty"`
	TreeSize        *int64 `json:"tree_size,omitempty"`
	Root            string `json:"root,omitempty"`
	RecordHash      string `json:"record_hash,omitempty"`
	RecordID        string `json:"record_id,omitempty"`
	RecordChecked   *bool  `json:"record_checked,omitempty"` // receipts: the record itself was given and hashed
	LoggedAt        string `json:"logged_at,omitempty"`
	Signer          string `json:"signer,omitempty"`
	KeySource       string `json:"key_source,omitempty"`       // "flag", or "log" when taken from the log's /v1/keys
	SubjectSigned   *bool  `json:"subject_signed,omitempty"`   // receipts: a version 2 record's subject signature verified
	RecordsChecked  *bool  `json:"records_checked,omitempty"`  // --log with the site key: every record and signature checked
	PreviousSize    *int64 `json:"previous_size,omitempty"`    // --log --state: the size of the head verified last time
	Subject         string `json:"subject,omitempty"`          // chain bundles: the subject whose records they hold
	Records         *int   `json:"records,omitempty"`          // chain bundles: the records checked
	ChainLinked     *bool  `json:"chain_linked,omitempty"`     // chain bundles: each record's prev is the hash of the one before
	ArchiveStart    *int64 `json:"archive_start,omitempty"`    // archives: the first entry the file holds
	ArchiveEnd      *int64 `json:"archive_end,omitempty"`      // archives: one past the last
	LiveSize        *int64 `json:"live_size,omitempty"`        // archives with --log: the live log's head the archive is a prefix of
	ArchivedRecords *int   `json:"archived_records,omitempty"` // chain bundles: the subject's earlier records, archived (check them in the archive file)
	Error           string `json:"error,omitempty"`

	err error // what failed, for the exit status (errors.Is, not the text of Error)
}

// maxVerifyInput bounds the receipt file read.
const maxVerifyInput = 16 << 20

// cmdVerify checks a receipt offline or a whole log online:
//
//	assent verify [--key FILE|--key-text K] RECEIPT.json
//	assent verify --log URL --site SITE [--key FILE|--key-text K] [--state FILE] [--site-key K]
//	assent verify [--key FILE|--key-text K] [--log URL] ARCHIVE
//
// RECEIPT.json ("-" for stdin) is a receipt as POST /v1/records answers, or an object {"record", "receipt"}
// (GET /v1/records/{id}, an export line) whose record is then hashed and matched too. --key names a file
// holding the verifier key text, the private key file, or a site config with verifier_key. Without a key,
// --log mode uses the log's own /v1/keys (key_source "log"). A version 2 record's subject signature is
// checked too. With --state, --log remembers the verified head in FILE and, next time, proves the log
// consistent with it (a fork or rollback is invalid). ARCHIVE is a file `assent archive` wrote: every record,
// receipt and the archive's head are checked offline, and with --log the archive's head is proven a prefix of
// the live log's. Prints a verifyResult; exit 0 valid, 1 invalid, 2 bad
// usage or unreadable input.
func cmdVerify(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("verify", flag.ContinueOnError)
	flags.SetOutput(stderr)
	keyFile := flags.String("key", "", "`file` with the log's verifier key (or its private key, or a site config)")
	keyText := flags.String("key-text", "", "the log's verifier `key` text (name+hash+key)")
	logURL := flags.String("log", "", "verify the whole log of the ledger at `URL`")
	site := flags.String("site", "", "the `site` whose log --log verifies")
	state := flags.String("state", "", "with --log: `file` keeping the last verified head; prove the log consistent with it, then update it")
	siteKey := flags.String("site-key", os.Getenv("ASSENT_SITE_KEY"), "with --log: the site's bearer `key`, to check every record and its signature too (default $ASSENT_SITE_KEY)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	usage := func(msg string) int {
		io.WriteString(stderr, "assent verify: "+msg+"\n")
		return 2
	}
	if *keyFile != "" && *keyText != "" {
		return usage("give --key or --key-text, not both")
	}
	v, err := loadVerifier(*keyFile, *keyText)
	if err != nil {
		return usage(err.Error())
	}
	if flags.NArg() == 1 && isArchiveFile(flags.Arg(0)) {
		if *site != "" || *state != "" || (v == nil && *logURL == "") {
			return usage("an archive needs the log's verifier key (--key FILE, --key-text K, or --log URL for the log's keys) and no --site or --state")
		}
		return printResult(stdout, verifyArchive(ctx, flags.Arg(0), v, *logURL))
	}
	if *logURL != "" {
		if *site == "" || flags.NArg() > 0 {
			return usage("--log URL needs --site SITE and no receipt file")
		}
		return printResult(stdout, verifyLog(ctx, logOptions{url: *logURL, site: *site, v: v, state: *state, siteKey: *siteKey}))
	}
	if flags.NArg() != 1 || *site != "" || *state != "" {
		return usage("usage: assent verify [--key FILE|--key-text K] RECEIPT.json | --log URL --site SITE")
	}
	if v == nil {
		return usage("a receipt needs the log's verifier key: --key FILE or --key-text K")
	}
	data, err := readInput(flags.Arg(0), stdin, maxVerifyInput)
	if err != nil {
		return usage(err.Error())
	}
	if isChainBundle(data) {
		return printResult(stdout, verifyChainData(data, v))
	}
	return printResult(stdout, verifyReceiptData(data, v))
}

func printResult(w io.Writer, res verifyResult) int {
	data, _ := json.MarshalIndent(res, "", "  ")
	w.Write(append(data, '\n'))
	if res.Valid {
		return 0
	}
	if errors.Is(res.err, logclient.ErrUnreachable) {
		return 2 // the ledger could not be read: unreadable input, not an invalid log
	}
	return 1
}

// loadVerifier reads the verifier key from --key or --key-text; (nil, nil) when neither is given.
func loadVerifier(file, text string) (note.Verifier, error) {
	if file == "" && text == "" {
		return nil, nil
	}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		text = strings.TrimSpace(string(data))
		if strings.HasPrefix(text, "{") {
			var cfg struct {
				VerifierKey string `json:"verifier_key"`
			}
			if json.Unmarshal(data, &cfg) != nil || cfg.VerifierKey == "" {
				return nil, errors.New(file + " is JSON without a verifier_key")
			}
			text = cfg.VerifierKey
		}
		if strings.HasPrefix(text, "PRIVATE+KEY+") {
			_, vkey, err := proof.NewSigner(text)
			if err != nil {
				return nil, err
			}
			text = vkey
		}
	}
	return proof.NewVerifier(text)
}

// verifyReceiptData checks a receipt, or a {"record", "receipt"} bundle.
func verifyReceiptData(data []byte, v note.Verifier) verifyResult {
	res := verifyResult{Kind: "receipt", Signer: v.Name(), KeySource: "flag"}
	fail := func(err error) verifyResult {
		res.Valid, res.Error, res.err = false, err.Error(), err
		return res
	}
	receiptJSON, recordJSON, err := splitBundle(data)
	if err != nil {
		return fail(err)
	}
	r, err := proof.ParseReceipt(receiptJSON)
	if err != nil {
		return fail(err)
	}
	res.Site, res.Index, res.TreeSize, res.RecordHash, res.LoggedAt = r.Site, &r.Index, &r.TreeSize, r.RecordHash, r.LoggedAt
	checked := recordJSON != nil
	res.RecordChecked = &checked
	if checked {
		rec, err := codec.ParseRecord(recordJSON)
		if err != nil {
			return fail(err)
		}
		res.RecordID = rec.ID
		if _, err := bundle.Verify(rec, r, v); err != nil {
			return fail(err)
		}
		if rec.V == rules.RecordVersionSigned {
			signed := true
			res.SubjectSigned = &signed
		}
	} else if _, err := proof.VerifyReceipt(r, r.RecordHash, v); err != nil {
		return fail(err)
	}
	res.Valid = true
	return res
}

// splitBundle returns the receipt and (if present) record of data: a bare receipt, or an object with a
// "receipt" member, a "record" member and optionally "index" and "logged_at" (an export line). Whitespace is
// removed so a pretty-printed file reads like the canonical one.
func splitBundle(data []byte) (receipt, record []byte, err error) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, bytes.TrimSpace(data)); err != nil {
		return nil, nil, fmt.Errorf("input is not JSON: %w", err)
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(compact.Bytes(), &members); err != nil {
		return nil, nil, errors.New("input is not a JSON object")
	}
	if _, ok := members["receipt"]; !ok {
		return compact.Bytes(), nil, nil
	}
	for k := range members {
		if k != "receipt" && k != "record" && k != "index" && k != "logged_at" {
			return nil, nil, errors.New("unknown member " + k + " beside the receipt")
		}
	}
	if string(members["receipt"]) == "null" {
		return nil, nil, errors.New("the record has no receipt yet")
	}
	return members["receipt"], members["record"], nil
}
