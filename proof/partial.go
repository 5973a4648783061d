package proof

import (
	"errors"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// OpenHeadAny opens a signed head with whichever of keys signed it (a log's current and retired keys) and
// returns the head and that key.
func OpenHeadAny(msg []byte, keys []note.Verifier) (Head, note.Verifier, error) {
	err := errors.New("proof: no verifier key")
	for _, v := range keys {
		var h Head
		if h, err = OpenHead(msg, v); err == nil {
			return h, v, nil
		}
	}
	return Head{}, nil, err
}

// PrefixIndexes returns the stored hash indexes (tlog.StoredHashIndex) of the complete subtrees that make up
// the tree of a log's first n entries, leftmost (largest) first. Their hashes are all a verifier needs of those
// entries to rebuild the tree from entry n on (see PartialTree): an archive of a log's later range carries them.
func PrefixIndexes(n int64) []int64 {
	var out []int64
	a := int64(0)
	for level := 62; level >= 0; level-- {
		if n>>level&1 == 1 {
			out = append(out, tlog.StoredHashIndex(level, a>>level))
			a += 1 << level
		}
	}
	return out
}

// PartialTree is a log's Merkle tree from entry Start() on, held in memory: the hashes of the complete
// subtrees of the first Start() entries (PrefixIndexes), then every stored hash of the entries appended. It
// implements tlog.HashReader; roots of sizes from Start() to Size() can be computed.
type PartialTree struct {
	start, n int64
	prefix   map[int64]tlog.Hash
	base     int64 // tlog.StoredHashCount(start): the stored index of hashes[0]
	hashes   []tlog.Hash
}

// NewPartialTree returns the tree of start entries given by the hashes of PrefixIndexes(start), in order.
func NewPartialTree(start int64, prefix []tlog.Hash) (*PartialTree, error) {
	idx := PrefixIndexes(start)
	if start < 0 || len(prefix) != len(idx) {
		return nil, errors.New("proof: the prefix of a tree of that size has another number of hashes")
	}
	t := &PartialTree{start: start, n: start, prefix: make(map[int64]tlog.Hash, len(idx)), base: tlog.StoredHashCount(start)}
	for i, x := range idx {
		t.prefix[x] = prefix[i]
	}
	return t, nil
}

// Start returns the number of entries the tree began with (given by their prefix hashes).
func (t *PartialTree) Start() int64 { return t.start }

// Size returns the number of entries of the tree.
func (t *PartialTree) Size() int64 { return t.n }

// Append adds an entry with the given leaf hash.
func (t *PartialTree) Append(leaf tlog.Hash) error {
	hs, err := tlog.StoredHashesForRecordHash(t.n, leaf, t)
	if err != nil {
		return err
	}
	t.hashes = append(t.hashes, hs...)
	t.n++
	return nil
}

// ReadHashes implements tlog.HashReader.
func (t *PartialTree) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if h, ok := t.prefix[x]; ok {
			out[i] = h
		} else if x >= t.base && x-t.base < int64(len(t.hashes)) {
			out[i] = t.hashes[x-t.base]
		} else {
			return nil, errors.New("proof: hash index out of the partial tree")
		}
	}
	return out, nil
}

// Root returns the root hash of the tree's first n entries, Start() <= n <= Size().
func (t *PartialTree) Root(n int64) (tlog.Hash, error) {
	if n < t.start || n > t.n {
		return tlog.Hash{}, errors.New("proof: tree size out of the partial tree")
	}
	return tlog.TreeHash(n, t)
}
