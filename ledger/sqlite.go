//go:build !js

package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// SQLiteDSN returns the modernc.org/sqlite data source name the ledger expects for a local database file:
// WAL journal, synchronous=FULL, a 10 s busy timeout and BEGIN IMMEDIATE transactions.
//
// Durability: in WAL mode synchronous=FULL syncs the WAL on every commit, so an acknowledged record (its
// receipt was sent) survives a process crash and a power loss. NORMAL would survive a process crash
// (kill -9) but could lose the last commits on power loss, and a lost entry whose receipt is already out
// would let the log later sign a different tree of the same size: a fork. The ledger commits a whole batch
// of records at once (group commit), so FULL costs one sync per batch, not per record.
func SQLiteDSN(path string) string {
	return path + "?_journal_mode=WAL&_synchronous=FULL&_busy_timeout=10000&_txlock=immediate&_foreign_keys=1"
}

// OpenSQLite opens (creating if needed) the SQLite database file at path with SQLiteDSN and applies the
// migrations. A new file is created readable and writable by its owner only (0600; SQLite gives its -wal and
// -shm files the same mode). Close the returned DB when done.
func OpenSQLite(ctx context.Context, path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("ledger: no database file")
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		f.Close()
	} else if !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("ledger: create %s: %w", path, err)
	}
	return OpenSQLiteDSN(ctx, SQLiteDSN(path))
}

// maxSQLiteConns bounds the open connections to a local database; each keeps its own page cache and
// prepared statements, so they are kept open rather than reopened under load.
const maxSQLiteConns = 16

// OpenSQLiteDSN is OpenSQLite with a modernc.org/sqlite data source name of the caller's choosing (see
// SQLiteDSN for what the ledger expects).
func OpenSQLiteDSN(ctx context.Context, dsn string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("ledger: open %s: %w", dsn, err)
	}
	db.SetMaxOpenConns(maxSQLiteConns)
	db.SetMaxIdleConns(maxSQLiteConns)
	if err := Migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
