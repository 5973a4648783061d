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
// entries to rebuild the tree from entry n on (see NewPartialTree): an archive of a log's later range carries them.
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
