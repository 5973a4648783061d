// Package archive reads and verifies Assent log archives: a range of a site's log moved out of the ledger's
// database (`assent archive`), kept as a file that proves itself offline.
//
// An archive file is NDJSON. Its first line is the Header; every other line is one entry of the range, in log
// order, exactly as the ledger's export serves it: {"index","logged_at","record","receipt"}. The header holds
// the signed head of the log when the archive was made (of size at least End), the hashes of the complete
// subtrees of the log's first Start entries (Prefix, see proof.PrefixIndexes), and consistency proofs from the
// size of every receipt's head above End, and from End, to that head's size. Verify rebuilds the tree of the
// range on the prefix, so the archive proves that its entries are exactly entries Start to End-1 of the log the
// head signs, that every record is intact and signed as logged, and that every receipt's head is a head of
// that same log (no fork).
package archive

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Format names the archive format, the header's "archive" member.
const Format = "assent-archive/v1"

// Header is the first line of an archive file.
type Header struct {
	Archive     string        `json:"archive"` // Format
	Site        string        `json:"site"`
	Start       int64         `json:"start"` // the first entry archived
	End         int64         `json:"end"`   // one past the last
	Prefix      []string      `json:"prefix"`
	Head        string        `json:"head"` // a signed head of the log, of size >= End
	Consistency []Consistency `json:"consistency"`
	Keys        []string      `json:"keys"` // the verifier keys the log published (informative: verify with yours)
}

// Consistency is a consistency proof (tlog.ProveTree, base64 hashes) from size From to the header's head.
type Consistency struct {
	From  int64    `json:"from"`
	Proof []string `json:"proof"`
}

// Line is one entry line of an archive (and of the ledger's export).
type Line struct {
	Index    int64           `json:"index"`
	LoggedAt string          `json:"logged_at"`
	Record   json.RawMessage `json:"record"`
	Receipt  json.RawMessage `json:"receipt"`
}

// Result is a verified archive.
type Result struct {
	Header Header
	Head   proof.Head    // the header's head, verified
	Signer note.Verifier // the key that signed it
}

// IsArchive reports whether data starts like an archive file (its header line).
func IsArchive(data []byte) bool {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var h struct {
		Archive string `json:"archive"`
	}
	return json.Unmarshal(line, &h) == nil && h.Archive == Format
}

// PeekHead reads a signed head's origin, size and root without checking its signature (Verify checks it).
func PeekHead(msg []byte) (proof.Head, error) {
	text, _, ok := bytes.Cut(msg, []byte("\n\n"))
	if !ok {
		return proof.Head{}, errors.New("archive: malformed signed head")
	}
	return proof.ParseHeadText(append(bytes.Clone(text), '\n'))
}

// maxLine bounds one line: a record (64 KiB) and its receipt (16 KiB) with room to spare.
const maxLine = 1 << 20

// Scanner returns a line scanner for an archive or export stream.
func Scanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	return sc
}

// DecodeHashes decodes base64 hashes.
func DecodeHashes(in []string) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(in))
	for i, s := range in {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(b) != tlog.HashSize {
			return nil, errors.New("malformed hash")
		}
		copy(out[i][:], b)
	}
	return out, nil
}

// Verify reads an archive and checks all of it with the log's verifier keys (any of them may have signed a
// given head): the header's head and every receipt's head are signed by one of keys; every line is entry
// Start, Start+1, ... up to End-1; every record parses, hashes to its hash, carries its subject's signature
// (version 2) and is proven by its receipt at its index and log time; the entries rebuild, on the prefix, a
// tree whose root at End is consistent with the head; every receipt's head is the rebuilt tree's root at its
// size (or proven consistent with the head, for sizes above End).
func Verify(r io.Reader, keys []note.Verifier) (Result, error) {
	sc := Scanner(r)
	if !sc.Scan() {
		return Result{}, errors.New("archive: empty file")
	}
	var res Result
	dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&res.Header); err != nil || res.Header.Archive != Format {
		return res, errors.New("archive: the first line is not an " + Format + " header")
	}
	h := res.Header
	if !proof.ValidSite(h.Site) || h.Start < 0 || h.End <= h.Start {
		return res, errors.New("archive: bad site or range in the header")
	}
	head, v, err := proof.OpenHeadAny([]byte(h.Head), keys)
	if err != nil {
		return res, errors.New("archive: the header's head: " + err.Error())
	}
	if head.Origin != proof.Origin(h.Site) || head.Size < h.End {
		return res, errors.New("archive: the header's head is not of this site's log or is smaller than the range")
	}
	res.Head, res.Signer = head, v
	prefix, err := DecodeHashes(h.Prefix)
	if err != nil {
		return res, errors.New("archive: prefix: " + err.Error())
	}
	tree, err := proof.NewPartialTree(h.Start, prefix)
	if err != nil {
		return res, errors.New("archive: " + err.Error())
	}
	roots := map[int64]tlog.Hash{} // the receipts' heads
	for next := h.Start; sc.Scan(); next++ {
		at := "archive: entry " + strconv.FormatInt(next, 10) + ": "
		if next >= h.End {
			return res, errors.New("archive: more lines than entries " + strconv.FormatInt(h.Start, 10) + " to " + strconv.FormatInt(h.End-1, 10))
		}
		var l Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.Index != next {
			return res, errors.New(at + "missing, malformed or out of order")
		}
		rec, err := codec.ParseRecord(l.Record)
		if err != nil {
			return res, errors.New(at + "record: " + err.Error())
		}
		rc, err := proof.ParseReceipt(l.Receipt)
		if err != nil {
			return res, errors.New(at + "receipt: " + err.Error())
		}
		if rc.Index != next || rc.LoggedAt != l.LoggedAt || rc.Site != h.Site {
			return res, errors.New(at + "the receipt is for another entry")
		}
		_, k, err := proof.OpenHeadAny(rc.Head, keys)
		if err != nil {
			return res, errors.New(at + "the receipt's head: " + err.Error())
		}
		rh, err := bundle.Verify(rec, rc, k)
		if err != nil {
			return res, errors.New(at + err.Error())
		}
		if old, ok := roots[rh.Size]; ok && old != rh.Root {
			return res, errors.New(at + "two receipt heads of the same size disagree (fork)")
		}
		roots[rh.Size] = rh.Root
		if err := tree.Append(rc.Entry().LeafHash()); err != nil {
			return res, errors.New(at + err.Error())
		}
	}
	if err := sc.Err(); err != nil {
		return res, errors.New("archive: " + err.Error())
	}
	if tree.Size() != h.End {
		return res, errors.New("archive: entries stop at " + strconv.FormatInt(tree.Size(), 10) + ", the header says " + strconv.FormatInt(h.End, 10))
	}
	proofs := map[int64]tlog.TreeProof{}
	for _, c := range h.Consistency {
		p, err := DecodeHashes(c.Proof)
		if err != nil {
			return res, errors.New("archive: consistency proof: " + err.Error())
		}
		proofs[c.From] = p
	}
	endRoot, _ := tree.Root(h.End)
	roots[h.End] = endRoot
	for size, root := range roots {
		switch {
		case size <= h.End:
			got, err := tree.Root(size)
			if err != nil || got != root {
				return res, errors.New("archive: the head of size " + strconv.FormatInt(size, 10) + " is not the root of the archived entries (fork)")
			}
			if size < h.End {
				continue
			}
			fallthrough // the range's own root: consistent with the header's head
		default:
			if size == head.Size {
				if root != head.Root {
					return res, errors.New("archive: the head of size " + strconv.FormatInt(size, 10) + " disagrees with the header's head (fork)")
				}
				continue
			}
			p, ok := proofs[size]
			if !ok {
				return res, errors.New("archive: no consistency proof from size " + strconv.FormatInt(size, 10) + " to the header's head")
			}
			if err := tlog.CheckTree(p, head.Size, head.Root, size, root); err != nil {
				return res, errors.New("archive: the tree of size " + strconv.FormatInt(size, 10) + " is not a prefix of the header's head (fork)")
			}
		}
	}
	return res, nil
}
