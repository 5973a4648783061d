package proof

import (
	"errors"
	"strconv"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Tree is a log's Merkle tree held in memory: the stored hashes of tlog, in tlog.StoredHashIndex order. The
// zero value is an empty tree. A tree may also start after a log's first entries (NewPartialTree, for an
// archive of a later range): then it holds the hashes of the complete subtrees of those first Start() entries
// (PrefixIndexes) and every stored hash of the entries appended, and roots of sizes from Start() to Size()
// can be computed. It implements tlog.HashReader.
type Tree struct {
	start, n int64
	prefix   map[int64]tlog.Hash // the prefix's subtree hashes by stored index (nil from entry 0)
	base     int64               // tlog.StoredHashCount(start): the stored index of hashes[0]
	hashes   []tlog.Hash
}

// NewPartialTree returns the tree of a log's first start entries, given by the hashes of PrefixIndexes(start)
// in order; entries appended to it are the log's entries from start on.
func NewPartialTree(start int64, prefix []tlog.Hash) (*Tree, error) {
	idx := PrefixIndexes(start)
	if start < 0 || len(prefix) != len(idx) {
		return nil, errors.New("proof: the prefix of a tree of that size has another number of hashes")
	}
	t := &Tree{start: start, n: start, prefix: make(map[int64]tlog.Hash, len(idx)), base: tlog.StoredHashCount(start)}
	for i, x := range idx {
		t.prefix[x] = prefix[i]
	}
	return t, nil
}

// Start returns the number of entries the tree began with (0, or those given by their prefix hashes).
func (t *Tree) Start() int64 { return t.start }

// Size returns the number of entries of the tree.
func (t *Tree) Size() int64 { return t.n }

// Append adds an entry with the given leaf hash.
func (t *Tree) Append(leaf tlog.Hash) error {
	hs, err := tlog.StoredHashesForRecordHash(t.n, leaf, t)
	if err != nil {
		return err
	}
	t.hashes = append(t.hashes, hs...)
	t.n++
	return nil
}

// ReadHashes implements tlog.HashReader.
func (t *Tree) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if h, ok := t.prefix[x]; ok {
			out[i] = h
		} else if x >= t.base && x-t.base < int64(len(t.hashes)) {
			out[i] = t.hashes[x-t.base]
		} else {
			return nil, errors.New("proof: hash index out of the tree")
		}
	}
	return out, nil
}

// Root returns the root hash of the tree's first n entries, Start() <= n <= Size().
func (t *Tree) Root(n int64) (tlog.Hash, error) {
	if n < t.start || n > t.n {
		return tlog.Hash{}, errors.New("proof: tree size out of the tree")
	}
	return tlog.TreeHash(n, t)
}

// VerifyLog rebuilds the tree of site's log from all its entries, in log order, and checks that signedHead
// is a head of exactly that tree signed by v, and that every earlier head is a prefix of it (a head with the
// same size and root as the rebuilt tree had at that size). It returns the verified head.
func VerifyLog(site string, entries []Entry, signedHead []byte, v note.Verifier, earlier ...Head) (Head, error) {
	head, err := OpenHead(signedHead, v)
	if err != nil {
		return Head{}, err
	}
	if head.Origin != Origin(site) {
		return Head{}, errors.New("proof: head is of another log: " + head.Origin)
	}
	if head.Size != int64(len(entries)) {
		return Head{}, errors.New("proof: head has " + strconv.FormatInt(head.Size, 10) + " entries, log has " +
			strconv.Itoa(len(entries)))
	}
	var t Tree
	for i, e := range entries {
		if err := e.Check(); err != nil {
			return Head{}, errors.New("proof: entry " + strconv.Itoa(i) + " malformed")
		}
		if err := t.Append(e.LeafHash()); err != nil {
			return Head{}, err
		}
	}
	root, err := t.Root(t.Size())
	if err != nil {
		return Head{}, err
	}
	if root != head.Root {
		return Head{}, errors.New("proof: entries do not hash to the signed root")
	}
	for _, e := range earlier {
		if e.Origin != head.Origin || e.Size > head.Size {
			return Head{}, errors.New("proof: earlier head of size " + strconv.FormatInt(e.Size, 10) + " is not part of this log")
		}
		r, err := t.Root(e.Size)
		if err != nil || r != e.Root {
			return Head{}, errors.New("proof: earlier head of size " + strconv.FormatInt(e.Size, 10) + " is inconsistent with the log")
		}
	}
	return head, nil
}

// VerifyConsistency checks that older is a prefix of newer given the consistency proof p (as served by the
// ledger's consistency endpoint, tlog.ProveTree): both heads of the same log, older.Size <= newer.Size.
func VerifyConsistency(older, newer Head, p tlog.TreeProof) error {
	if older.Origin != newer.Origin {
		return errors.New("proof: heads are of different logs")
	}
	if older.Size > newer.Size {
		return errors.New("proof: older head is larger than newer head")
	}
	if err := tlog.CheckTree(p, newer.Size, newer.Root, older.Size, older.Root); err != nil {
		return errors.New("proof: heads are not consistent")
	}
	return nil
}
