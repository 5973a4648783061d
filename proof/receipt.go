package proof

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// ReceiptVersion is the receipt format version, the "v" field.
const ReceiptVersion = 1

// MaxReceiptSize is the largest receipt ParseReceipt accepts, in bytes.
const MaxReceiptSize = 16 << 10

// maxProofLen bounds the inclusion proof: a tree of up to 2^63 entries needs at most 63 hashes.
const maxProofLen = 63

// Receipt is the ledger's answer to a logged record: entry Index of Site's log, holding the record with hash
// RecordHash logged at LoggedAt, is included in the tree of TreeSize entries whose signed head is Head; Proof
// is the inclusion proof (tlog.RecordProof) of the entry in that tree.
type Receipt struct {
	Site       string
	RecordHash string
	LoggedAt   string
	Index      int64
	TreeSize   int64
	Head       []byte
	Proof      tlog.RecordProof
}

// Entry returns the log entry r is about.
func (r Receipt) Entry() Entry {
	return Entry{RecordHash: r.RecordHash, LoggedAt: r.LoggedAt}
}

// Format returns the canonical encoding of r: one RFC 8785 (JCS) JSON object, no trailing newline.
func (r Receipt) Format() []byte {
	b := make([]byte, 0, 512+len(r.Head)+48*len(r.Proof))
	b = append(b, `{"head":`...)
	b = appendString(b, string(r.Head))
	b = append(b, `,"index":`...)
	b = strconv.AppendInt(b, r.Index, 10)
	b = append(b, `,"logged_at":`...)
	b = appendString(b, r.LoggedAt)
	b = append(b, `,"proof":[`...)
	for i, h := range r.Proof {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = base64.StdEncoding.AppendEncode(b, h[:])
		b = append(b, '"')
	}
	b = append(b, `],"record_hash":`...)
	b = appendString(b, r.RecordHash)
	b = append(b, `,"site":`...)
	b = appendString(b, r.Site)
	b = append(b, `,"tree_size":`...)
	b = strconv.AppendInt(b, r.TreeSize, 10)
	b = append(b, `,"v":`...)
	b = strconv.AppendInt(b, ReceiptVersion, 10)
	return append(b, '}')
}

// MarshalJSON returns r.Format(), so a Receipt embeds in other JSON documents in its canonical form.
func (r Receipt) MarshalJSON() ([]byte, error) {
	return r.Format(), nil
}

// receiptJSON is the wire shape ParseReceipt decodes before its canonical check.
type receiptJSON struct {
	Head       *string  `json:"head"`
	Index      *int64   `json:"index"`
	LoggedAt   *string  `json:"logged_at"`
	Proof      []string `json:"proof"`
	RecordHash *string  `json:"record_hash"`
	Site       *string  `json:"site"`
	TreeSize   *int64   `json:"tree_size"`
	V          *int     `json:"v"`
}

// Errors of ParseReceipt and VerifyReceipt, for callers that branch on what failed.
var (
	// ErrReceiptMalformed: the receipt is not JSON of the receipt's shape.
	ErrReceiptMalformed = errors.New("proof: malformed receipt")
	// ErrOtherRecord: the receipt is for a record with another hash (another record, or this one altered
	// and re-hashed).
	ErrOtherRecord = errors.New("proof: receipt is for another record")
	// ErrInclusion: the inclusion proof does not link the entry to the signed head's root.
	ErrInclusion = errors.New("proof: inclusion proof does not match the signed head")
)

// ParseReceipt parses a receipt in the canonical form Format makes (one optional trailing newline aside). It
// checks the structure, not the signature or the proof (see VerifyReceipt): version 1, every field present,
// no other field, a well-formed record hash, time, head and proof hashes, a head of size TreeSize for Site's
// log, 0 <= Index < TreeSize, and at most MaxReceiptSize bytes.
func ParseReceipt(data []byte) (Receipt, error) {
	if len(data) > MaxReceiptSize {
		return Receipt{}, errors.New("proof: receipt over " + strconv.Itoa(MaxReceiptSize) + " bytes")
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w receiptJSON
	if err := dec.Decode(&w); err != nil {
		return Receipt{}, ErrReceiptMalformed
	}
	if w.V == nil || *w.V != ReceiptVersion {
		return Receipt{}, errors.New("proof: unsupported receipt version")
	}
	if w.Head == nil || w.Index == nil || w.LoggedAt == nil || w.Proof == nil || w.RecordHash == nil ||
		w.Site == nil || w.TreeSize == nil || len(w.Proof) > maxProofLen {
		return Receipt{}, ErrReceiptMalformed
	}
	r := Receipt{Site: *w.Site, RecordHash: *w.RecordHash, LoggedAt: *w.LoggedAt, Index: *w.Index,
		TreeSize: *w.TreeSize, Head: []byte(*w.Head), Proof: make(tlog.RecordProof, len(w.Proof))}
	for i, s := range w.Proof {
		h, err := base64.StdEncoding.Strict().DecodeString(s)
		if err != nil || len(h) != tlog.HashSize {
			return Receipt{}, ErrReceiptMalformed
		}
		copy(r.Proof[i][:], h)
	}
	if err := r.check(); err != nil {
		return Receipt{}, err
	}
	if !bytes.Equal(r.Format(), data) {
		return Receipt{}, errors.New("proof: receipt not in canonical form")
	}
	return r, nil
}

// check verifies the structure of r without its signature.
func (r Receipt) check() error {
	if err := r.Entry().Check(); err != nil {
		return err
	}
	if r.Index < 0 || r.TreeSize <= r.Index {
		return ErrReceiptMalformed
	}
	h, err := peekHead(r.Head)
	if err != nil {
		return err
	}
	if h.Size != r.TreeSize || h.Origin != Origin(r.Site) {
		return errors.New("proof: receipt head does not match its site and tree size")
	}
	return nil
}

// VerifyReceipt checks r against the hash of the record it is for and the log's verifier key: the head is
// signed by v and is of r.Site's log with r.TreeSize entries, r.RecordHash is recordHash, and the inclusion
// proof links entry r.Index (the record hash and r.LoggedAt) to the head's root. It returns the head.
func VerifyReceipt(r Receipt, recordHash string, v note.Verifier) (Head, error) {
	if err := r.check(); err != nil {
		return Head{}, err
	}
	if recordHash != r.RecordHash {
		return Head{}, ErrOtherRecord
	}
	h, err := OpenHead(r.Head, v)
	if err != nil {
		return Head{}, err
	}
	if err := tlog.CheckRecord(r.Proof, r.TreeSize, h.Root, r.Index, r.Entry().LeafHash()); err != nil {
		return Head{}, ErrInclusion
	}
	return h, nil
}

// appendString appends s as a JCS string (RFC 8785 section 3.2.2.2): only '"', '\\' and control characters
// escaped, \b \f \n \r \t in short form. Invalid UTF-8 is written as U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', byte(c))
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = utf8.AppendRune(b, c)
		}
	}
	return append(b, '"')
}
