package ledger

// SQL of the ledger: every statement is one atomic SQLite statement with ordered (?NNN) parameters, so it
// runs unchanged on D1 (no transactions, no named parameters) and on modernc.org/sqlite.

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

// querier is what *sql.DB, *sql.Tx and *sql.Conn have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// entryRow is one row of the entries table.
type entryRow struct {
	Site       string
	Idx        int64
	ID         string
	RecordHash string
	LoggedAt   string
	Record     string
	Receipt    sql.NullString
}

const entryColumns = `site, idx, id, record_hash, logged_at, record, receipt`

// The fixed SQL of the ledger, prepared once per handler (see stmtCache).
const (
	sqlClaim = `INSERT OR IGNORE INTO entries (site, idx, id, record_hash, logged_at, record)
		SELECT ?1, COALESCE(MAX(idx), -1) + 1, ?2, ?3, ?4, ?5 FROM entries WHERE site = ?1
		RETURNING idx, (SELECT COALESCE(MAX(hidx), -1) + 1 FROM hashes WHERE site = ?1)`
	sqlEntryByID       = `SELECT ` + entryColumns + ` FROM entries WHERE site = ?1 AND id = ?2`
	sqlEntriesByID     = `SELECT ` + entryColumns + ` FROM entries WHERE id = ?1 ORDER BY site LIMIT 16`
	sqlSubjectOfHash   = `SELECT json_extract(record, '$.subject') FROM entries WHERE site = ?1 AND record_hash = ?2 LIMIT 1`
	sqlEntriesRange    = `SELECT ` + entryColumns + ` FROM entries WHERE site = ?1 AND idx >= ?2 AND idx < ?3 ORDER BY idx`
	sqlLeafRange       = `SELECT idx, record_hash, logged_at FROM entries WHERE site = ?1 AND idx >= ?2 AND idx < ?3 ORDER BY idx`
	sqlEntryCount      = `SELECT COALESCE(MAX(idx), -1) + 1 FROM entries WHERE site = ?1`
	sqlSetReceipt      = `UPDATE entries SET receipt = ?1 WHERE site = ?2 AND idx = ?3 AND receipt IS NULL`
	sqlReceiptAt       = `SELECT receipt FROM entries WHERE site = ?1 AND idx = ?2`
	sqlStoredHashCount = `SELECT COALESCE(MAX(hidx), -1) + 1 FROM hashes WHERE site = ?1`
	sqlLatestHead      = `SELECT size, note FROM heads WHERE site = ?1 ORDER BY size DESC LIMIT 1`
	sqlHeadAt          = `SELECT note FROM heads WHERE site = ?1 AND size = ?2`
	sqlInsertHead      = `INSERT OR IGNORE INTO heads (site, size, note) VALUES (?1, ?2, ?3)`
)

// preparedSQL is the set of fixed statements.
var preparedSQL = map[string]bool{sqlClaim: true, sqlEntryByID: true, sqlEntriesByID: true, sqlSubjectOfHash: true,
	sqlEntriesRange: true, sqlLeafRange: true, sqlEntryCount: true, sqlSetReceipt: true, sqlReceiptAt: true,
	sqlStoredHashCount: true, sqlLatestHead: true, sqlHeadAt: true, sqlInsertHead: true}

func scanEntry(s interface{ Scan(...any) error }) (entryRow, error) {
	var e entryRow
	err := s.Scan(&e.Site, &e.Idx, &e.ID, &e.RecordHash, &e.LoggedAt, &e.Record, &e.Receipt)
	return e, err
}

// claimEntry appends e as the next entry of its site's log: one statement reads MAX(idx) and inserts at
// MAX(idx)+1. It returns the index, the stored hash count of the site's tree at that moment (a hint for
// catchUp) and true, or false when the insert was ignored because the id is already logged or another
// writer took that index first (the caller tells the two apart with entryByID).
func claimEntry(ctx context.Context, q querier, e entryRow) (idx, hashCount int64, ok bool, err error) {
	err = q.QueryRowContext(ctx, sqlClaim, e.Site, e.ID, e.RecordHash, e.LoggedAt, e.Record).Scan(&idx, &hashCount)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, err
	}
	return idx, hashCount, true, nil
}

// entryByID returns site's entry for a record id.
func entryByID(ctx context.Context, q querier, site, id string) (entryRow, bool, error) {
	e, err := scanEntry(q.QueryRowContext(ctx, sqlEntryByID, site, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	return e, err == nil, err
}

// entriesByID returns the entries of a record id in every site (ids are unique per site only), by site name.
func entriesByID(ctx context.Context, q querier, id string) ([]entryRow, error) {
	return queryEntries(ctx, q, sqlEntriesByID, id)
}

// subjectOfHash returns the subject of site's logged record whose hash is hash.
func subjectOfHash(ctx context.Context, q querier, site, hash string) (string, bool, error) {
	var subject sql.NullString
	err := q.QueryRowContext(ctx, sqlSubjectOfHash, site, hash).Scan(&subject)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return subject.String, err == nil, err
}

// entriesRange returns site's entries start <= idx < end in log order.
func entriesRange(ctx context.Context, q querier, site string, start, end int64) ([]entryRow, error) {
	return queryEntries(ctx, q, sqlEntriesRange, site, start, end)
}

// queryEntries runs a query of log entries and scans every row.
func queryEntries(ctx context.Context, q querier, query string, args ...any) ([]entryRow, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []entryRow
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// leafRange returns the record hash and time of site's entries start <= idx < end, in log order.
func leafRange(ctx context.Context, q querier, site string, start, end int64) ([]entryRow, error) {
	rows, err := q.QueryContext(ctx, sqlLeafRange, site, start, end)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []entryRow
	for rows.Next() {
		var e entryRow
		if err := rows.Scan(&e.Idx, &e.RecordHash, &e.LoggedAt); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// entryCount returns the number of entries claimed in site's log.
func entryCount(ctx context.Context, q querier, site string) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, sqlEntryCount, site).Scan(&n)
	return n, err
}

// setReceipt stores the receipt of entry idx unless one is stored already; it reports whether it did.
func setReceipt(ctx context.Context, q querier, site string, idx int64, receipt []byte) (bool, error) {
	res, err := q.ExecContext(ctx, sqlSetReceipt, string(receipt), site, idx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// receiptAt returns the stored receipt of entry idx ("" if none).
func receiptAt(ctx context.Context, q querier, site string, idx int64) (string, error) {
	var r sql.NullString
	err := q.QueryRowContext(ctx, sqlReceiptAt, site, idx).Scan(&r)
	return r.String, err
}

// storedHashCount returns one more than the highest stored hash index of site's tree.
func storedHashCount(ctx context.Context, q querier, site string) (int64, error) {
	var c int64
	err := q.QueryRowContext(ctx, sqlStoredHashCount, site).Scan(&c)
	return c, err
}

// maxHashRows bounds the rows of one INSERT into hashes (about 90 bytes each; D1 allows 100 KB statements).
const maxHashRows = 400

// insertHashes stores hs at stored hash indexes start, start+1, ... with INSERT OR IGNORE, in statements of
// at most maxHashRows rows, in order. The values are literals (hex and integers made here), so one statement
// needs a single bound parameter whatever its size (D1 allows 100).
func insertHashes(ctx context.Context, q querier, site string, start int64, hs []tlog.Hash) error {
	for len(hs) > 0 {
		n := min(len(hs), maxHashRows)
		var b strings.Builder
		b.Grow(48 + n*90)
		b.WriteString(`INSERT OR IGNORE INTO hashes (site, hidx, hash) VALUES `)
		for i, h := range hs[:n] {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("(?1,")
			b.WriteString(strconv.FormatInt(start+int64(i), 10))
			b.WriteString(",'")
			b.WriteString(hex.EncodeToString(h[:]))
			b.WriteString("')")
		}
		if _, err := q.ExecContext(ctx, b.String(), site); err != nil {
			return err
		}
		hs, start = hs[n:], start+int64(n)
	}
	return nil
}

// readHashes returns the stored hashes of site's tree at the given indexes, in that order.
func readHashes(ctx context.Context, q querier, site string, indexes []int64) ([]tlog.Hash, error) {
	var b strings.Builder
	b.WriteString(`SELECT hidx, hash FROM hashes WHERE site = ?1 AND hidx IN (`)
	for i, x := range indexes {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(x, 10))
	}
	b.WriteString(")")
	rows, err := q.QueryContext(ctx, b.String(), site)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	found := make(map[int64]tlog.Hash, len(indexes))
	for rows.Next() {
		var x int64
		var s string
		if err := rows.Scan(&x, &s); err != nil {
			return nil, err
		}
		h, err := parseHexHash(s)
		if err != nil {
			return nil, err
		}
		found[x] = h
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		h, ok := found[x]
		if !ok {
			return nil, errors.New("ledger: stored hash " + strconv.FormatInt(x, 10) + " of " + site + " missing")
		}
		out[i] = h
	}
	return out, nil
}

func parseHexHash(s string) (tlog.Hash, error) {
	var h tlog.Hash
	if len(s) != 2*tlog.HashSize {
		return h, errors.New("ledger: malformed stored hash")
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return h, errors.New("ledger: malformed stored hash")
	}
	return h, nil
}

// latestHead returns the largest signed head of site's log (size 0 and "" if none).
func latestHead(ctx context.Context, q querier, site string) (int64, string, error) {
	var size int64
	var note string
	err := q.QueryRowContext(ctx, sqlLatestHead, site).Scan(&size, &note)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return size, note, err
}

// headAt returns the signed head of site's log of the given size ("" if none was signed).
func headAt(ctx context.Context, q querier, site string, size int64) (string, error) {
	var note string
	err := q.QueryRowContext(ctx, sqlHeadAt, site, size).Scan(&note)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return note, err
}

// insertHead stores a signed head unless one of that size is stored; it reports whether it did.
func insertHead(ctx context.Context, q querier, site string, size int64, note []byte) (bool, error) {
	res, err := q.ExecContext(ctx, sqlInsertHead, site, size, string(note))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
