package ledger

import (
	"context"
	"database/sql"
	"sync"

	"golang.org/x/mod/sumdb/tlog"
)

// stmtCache holds the prepared statements of the ledger's fixed SQL (the texts in preparedSQL), prepared on
// the handler's *sql.DB the first time they run. Statements built at run time (hash lists) are not cached.
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, query string) *sql.Stmt {
	if !preparedSQL[query] {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st := c.m[query]; st != nil {
		return st
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil // run it unprepared; the error, if any, shows there
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[query] = st
	return st
}

// runner is a querier that runs the fixed SQL through prepared statements, inside tx when tx is not nil.
type runner struct {
	q     querier
	tx    *sql.Tx
	stmts *stmtCache
}

func (r runner) stmt(ctx context.Context, query string) *sql.Stmt {
	st := r.stmts.get(ctx, query)
	if st != nil && r.tx != nil {
		st = r.tx.StmtContext(ctx, st)
	}
	return st
}

func (r runner) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := r.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return r.q.ExecContext(ctx, query, args...)
}

func (r runner) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := r.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return r.q.QueryContext(ctx, query, args...)
}

func (r runner) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := r.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return r.q.QueryRowContext(ctx, query, args...)
}

// hashCacheSize bounds the stored hashes a handler remembers between requests.
const hashCacheSize = 1 << 16

// hashCache remembers committed stored hashes of the logs (they never change once committed). When full it
// starts over. In the Worker every request has a fresh, empty one.
type hashCache struct {
	mu sync.Mutex
	m  map[hashKey]tlog.Hash
}

type hashKey struct {
	site string
	hidx int64
}

func (c *hashCache) get(site string, hidx int64) (tlog.Hash, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.m[hashKey{site, hidx}]
	return h, ok
}

// add remembers hashes known to be committed.
func (c *hashCache) add(site string, hs map[int64]tlog.Hash) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m)+len(hs) > hashCacheSize {
		c.m = make(map[hashKey]tlog.Hash, len(hs))
	}
	for x, h := range hs {
		c.m[hashKey{site, x}] = h
	}
}
