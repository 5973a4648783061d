package ledger

// The Merkle tree of a site's log kept in the hashes table, and how it is extended without transactions.
//
// Invariants (see doc.go): entries has no gaps (an index is claimed as MAX(idx)+1 in one statement);
// hashes holds a prefix of the stored hashes of the tree of those entries (each insert is a contiguous run
// starting at or below the current end, computed from immutable entries, so a racing writer inserts the same
// values and INSERT OR IGNORE keeps the first); heads are signed only for sizes whose hashes are all stored.

import (
	"context"
	"errors"
	"strconv"

	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// treeStore reads and extends one site's tree through q. Stored hashes never change once committed, so it
// memoises those it reads and writes (memo, which the caller may publish to shared once committed) and
// consults shared, the handler's cache of committed hashes (nil for none).
type treeStore struct {
	ctx    context.Context
	q      querier
	site   string
	memo   map[int64]tlog.Hash
	shared *hashCache
	known  map[int64]entryRow // entries the caller holds (claimed by its batch), by index
}

func newTreeStore(ctx context.Context, q querier, site string, shared *hashCache) *treeStore {
	return &treeStore{ctx: ctx, q: q, site: site, memo: make(map[int64]tlog.Hash), shared: shared}
}

// ReadHashes implements tlog.HashReader over the hashes table.
func (t *treeStore) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	var missing []int64
	for _, x := range indexes {
		if _, ok := t.memo[x]; ok {
			continue
		}
		if t.shared != nil {
			if h, ok := t.shared.get(t.site, x); ok {
				t.memo[x] = h
				continue
			}
		}
		missing = append(missing, x)
	}
	if len(missing) > 0 {
		hs, err := readHashes(t.ctx, t.q, t.site, missing)
		if err != nil {
			return nil, err
		}
		for i, x := range missing {
			t.memo[x] = hs[i]
		}
	}
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		out[i] = t.memo[x]
	}
	return out, nil
}

// hashedSize returns the number of entries whose stored hashes are all present.
func (t *treeStore) hashedSize() (int64, error) {
	c, err := storedHashCount(t.ctx, t.q, t.site)
	if err != nil {
		return 0, err
	}
	return entriesCovered(c), nil
}

// entriesCovered returns the largest n with tlog.StoredHashCount(n) <= c.
func entriesCovered(c int64) int64 {
	lo, hi := int64(0), c // StoredHashCount(n) >= n
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if tlog.StoredHashCount(mid) <= c {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// maxCatchUp bounds the entries hashed in one catchUp call round; a later round continues.
const maxCatchUp = 4096

// prefetch runs f against a reader that only records the indexes asked for (answering zero hashes), then
// reads the ones not yet known in one query, so that running f for real needs no further round trip (each
// statement is a network round trip on D1). f must ask for the same indexes whatever the hashes are, which
// holds for tlog's TreeHash, ProveRecord, ProveTree and StoredHashes.
func (t *treeStore) prefetch(f func(r tlog.HashReader) error) error {
	seen := map[int64]bool{}
	var want []int64
	rec := tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		for _, x := range indexes {
			if !seen[x] {
				seen[x] = true
				want = append(want, x)
			}
		}
		return make([]tlog.Hash, len(indexes)), nil
	})
	if err := f(rec); err != nil {
		return err
	}
	for len(want) > 0 {
		n := min(len(want), maxHashRows)
		if _, err := t.ReadHashes(want[:n]); err != nil {
			return err
		}
		want = want[n:]
	}
	return nil
}

// catchUp stores the hashes of the first need entries (at least), computing any missing ones from the
// entries table, and returns the number of entries now hashed. hint is a stored hash count read earlier (-1 if
// unknown): the count only grows, so a stale hint is safe (hashes inserted since are computed again and their
// inserts ignored). next, if not nil, is what the caller will compute
// on the tree of that size afterwards (a tree hash, proofs): the old hashes it needs are fetched in the same
// query as those the catch-up needs.
func (t *treeStore) catchUp(need, hint int64, next func(n int64, r tlog.HashReader) error) (int64, error) {
	n := entriesCovered(hint)
	if hint < 0 {
		var err error
		if n, err = t.hashedSize(); err != nil {
			return 0, err
		}
	}
	if n >= need {
		if next == nil {
			return n, nil
		}
		return n, t.prefetch(func(r tlog.HashReader) error { return next(n, r) })
	}
	for n < need {
		end := min(need, n+maxCatchUp)
		leaves, err := t.leaves(n, end)
		if err != nil {
			return 0, err
		}
		if int64(len(leaves)) != end-n {
			return 0, errors.New("ledger: log of " + t.site + " has a gap before " + strconv.FormatInt(end, 10))
		}
		// A dry pass to learn which old hashes are needed, one query for them, the real pass.
		if err := t.prefetch(func(r tlog.HashReader) error {
			fresh, err := t.hashRun(n, leaves, r, true)
			if err != nil || end < need || next == nil {
				return err
			}
			return next(end, overlay(r, tlog.StoredHashCount(n), fresh))
		}); err != nil {
			return 0, err
		}
		fresh, err := t.hashRun(n, leaves, t, false)
		if err != nil {
			return 0, err
		}
		base := tlog.StoredHashCount(n)
		if err := insertHashes(t.ctx, t.q, t.site, base, fresh); err != nil {
			return 0, err
		}
		for i, h := range fresh {
			t.memo[base+int64(i)] = h
		}
		n = end
	}
	return n, nil
}

// leaves returns entries start <= idx < end: from t.known when it holds them all, else from the database.
func (t *treeStore) leaves(start, end int64) ([]entryRow, error) {
	out := make([]entryRow, 0, end-start)
	for i := start; i < end; i++ {
		e, ok := t.known[i]
		if !ok {
			return leafRange(t.ctx, t.q, t.site, start, end)
		}
		out = append(out, e)
	}
	return out, nil
}

// overlay is a reader of fresh hashes (at stored hash indexes base, base+1, ...) over old, the reader of
// those before base.
func overlay(old tlog.HashReader, base int64, fresh []tlog.Hash) tlog.HashReader {
	return tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		var want []int64
		for _, x := range indexes {
			if x < base {
				want = append(want, x)
			}
		}
		hs, err := old.ReadHashes(want)
		if err != nil {
			return nil, err
		}
		for i, x := range indexes {
			if x >= base {
				if x-base >= int64(len(fresh)) {
					return nil, errors.New("ledger: stored hash " + strconv.FormatInt(x, 10) + " not computed")
				}
				out[i] = fresh[x-base]
			} else {
				out[i], hs = hs[0], hs[1:]
			}
		}
		return out, nil
	})
}

// hashRun computes the stored hashes of entries n, n+1, ... (leaves) given a reader of the hashes stored
// before them. With dry set, the leaf hashes are not computed (prefetch only needs the indexes).
func (t *treeStore) hashRun(n int64, leaves []entryRow, old tlog.HashReader, dry bool) ([]tlog.Hash, error) {
	base := tlog.StoredHashCount(n)
	var fresh []tlog.Hash
	for i, e := range leaves {
		var leaf tlog.Hash
		if !dry {
			leaf = proof.Entry{RecordHash: e.RecordHash, LoggedAt: e.LoggedAt}.LeafHash()
		}
		hs, err := tlog.StoredHashesForRecordHash(n+int64(i), leaf, overlay(old, base, fresh))
		if err != nil {
			return nil, err
		}
		fresh = append(fresh, hs...)
	}
	return fresh, nil
}

// signedHead returns a signed head of at least need entries: the latest stored one if large enough, else a
// new one signed with s for every entry hashed after catching up. When fresh is set (the entries up to need
// were all claimed by this batch) no stored head can be large enough, unless another writer raced, so the
// lookup is skipped: signing a head another writer also signed is harmless. hint is passed to catchUp;
// proofs are the entries whose inclusion proofs the caller will make next (their hashes are prefetched).
func (t *treeStore) signedHead(need, hint int64, fresh bool, s note.Signer, proofs []int64) (int64, string, error) {
	next := func(n int64, r tlog.HashReader) error {
		if _, err := tlog.TreeHash(n, r); err != nil {
			return err
		}
		for _, i := range proofs {
			if _, err := tlog.ProveRecord(n, i, r); err != nil {
				return err
			}
		}
		return nil
	}
	if !fresh {
		size, msg, err := latestHead(t.ctx, t.q, t.site)
		if err != nil {
			return 0, "", err
		}
		if size >= need && msg != "" {
			return size, msg, t.prefetch(func(r tlog.HashReader) error {
				for _, i := range proofs {
					if _, err := tlog.ProveRecord(size, i, r); err != nil {
						return err
					}
				}
				return nil
			})
		}
	}
	n, err := t.catchUp(need, hint, next)
	if err != nil {
		return 0, "", err
	}
	root, err := tlog.TreeHash(n, t)
	if err != nil {
		return 0, "", err
	}
	signed, err := proof.SignHead(proof.Head{Origin: proof.Origin(t.site), Size: n, Root: root}, s)
	if err != nil {
		return 0, "", err
	}
	ok, err := insertHead(t.ctx, t.q, t.site, n, signed)
	if err != nil {
		return 0, "", err
	}
	if !ok {
		// Another writer signed this size first (the same bytes, unless the key changed): keep theirs.
		stored, err := headAt(t.ctx, t.q, t.site, n)
		return n, stored, err
	}
	return n, string(signed), nil
}

// receipt makes the receipt of entry e in the tree of size n with signed head msg.
func (t *treeStore) receipt(e entryRow, n int64, msg string) (proof.Receipt, error) {
	p, err := tlog.ProveRecord(n, e.Idx, t)
	if err != nil {
		return proof.Receipt{}, err
	}
	return proof.Receipt{Site: t.site, RecordHash: e.RecordHash, LoggedAt: e.LoggedAt, Index: e.Idx, TreeSize: n,
		Head: []byte(msg), Proof: p}, nil
}
