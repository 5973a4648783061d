package proof

import (
	"crypto/sha256"
	"testing"

	"golang.org/x/mod/sumdb/tlog"
)

// A tree rebuilt from the prefix hashes of its first start entries and the leaves after them has the roots
// of the whole tree, for every start and size.
func TestPartialTreeMatchesWholeTree(t *testing.T) {
	var whole Tree
	leaf := func(i int) tlog.Hash { return tlog.Hash(sha256.Sum256([]byte{byte(i), byte(i >> 8)})) }
	const n = 70
	for i := 0; i < n; i++ {
		whole.Append(leaf(i))
	}
	for start := int64(0); start <= n; start++ {
		prefix, err := whole.ReadHashes(PrefixIndexes(start))
		if err != nil {
			t.Fatal(err)
		}
		p, err := NewPartialTree(start, prefix)
		if err != nil {
			t.Fatal(err)
		}
		for i := start; i < n; i++ {
			if err := p.Append(leaf(int(i))); err != nil {
				t.Fatal(err)
			}
		}
		for size := max(start, 1); size <= n; size++ {
			got, err := p.Root(size)
			want, _ := whole.Root(size)
			if err != nil || got != want {
				t.Fatalf("start %d: root of %d = %x, %v; want %x", start, size, got, err, want)
			}
		}
		if start > 1 {
			if _, err := p.Root(start - 1); err == nil {
				t.Fatalf("start %d: a root before the start was computed", start)
			}
		}
	}
	if _, err := NewPartialTree(5, nil); err == nil {
		t.Fatal("a tree of 5 entries without its prefix hashes was accepted")
	}
}
