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

// claimRows bounds the entries of one multi-row claim: 1 + 4 parameters per entry stay under D1's 100 bound
// parameters per statement.
const claimRows = 24

// claimEntries appends es (all of one site, none logged yet) as the next entries of the site's log in one
// statement: consecutive indexes from MAX(idx)+1 in the order of es. A plain INSERT, so a repeated id, two
// entries of es with one id, or another writer taking one of the indexes first fails the whole statement
// and changes nothing: ok is false and the caller claims the entries one by one (claimEntry). On success it
// returns each entry's index and the stored hash count of the site's tree at that moment.
func claimEntries(ctx context.Context, q querier, es []entryRow) (idx []int64, hashCount int64, ok bool) {
	var b strings.Builder
	b.WriteString(`INSERT INTO entries (site, idx, id, record_hash, logged_at, record)
		SELECT ?1, b.n + v.column1, v.column2, v.column3, v.column4, v.column5
		FROM (SELECT COALESCE(MAX(idx), -1) + 1 AS n FROM entries WHERE site = ?1) AS b, (VALUES `)
	args := make([]any, 0, 1+4*len(es))
	args = append(args, es[0].Site)
	for i, e := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		p := 2 + 4*i
		b.WriteString("(" + strconv.Itoa(i) + ", ?" + strconv.Itoa(p) + ", ?" + strconv.Itoa(p+1) + ", ?" +
			strconv.Itoa(p+2) + ", ?" + strconv.Itoa(p+3) + ")")
		args = append(args, e.ID, e.RecordHash, e.LoggedAt, e.Record)
	}
	b.WriteString(`) AS v ORDER BY v.column1
		RETURNING idx, id, (SELECT COALESCE(MAX(hidx), -1) + 1 FROM hashes WHERE site = ?1)`)
	rows, err := q.QueryContext(ctx, b.String(), args...)
	if err != nil {
		return nil, 0, false
	}
	defer rows.Close()
	byID := map[string]int64{}
	for rows.Next() {
		var i, h int64
		var id string
		if rows.Scan(&i, &id, &h) != nil {
			return nil, 0, false
		}
		byID[id], hashCount = i, h
	}
	if rows.Err() != nil || len(byID) != len(es) {
		return nil, 0, false
	}
	idx = make([]int64, len(es))
	for i, e := range es {
		var found bool
		if idx[i], found = byID[e.ID]; !found {
			return nil, 0, false
		}
	}
	return idx, hashCount, true
}

// receiptRows bounds the receipts of one multi-row update (1 + 2 parameters each, under D1's 100).
const receiptRows = 32

// setReceipts stores receipts[i] for site's entry idx[i] in one statement, where none is stored yet, and
// reports whether every one was stored (else the caller stores them one by one with setReceipt and reads
// back the receipt that was there first).
func setReceipts(ctx context.Context, q querier, site string, idx []int64, receipts [][]byte) (bool, error) {
	var cases, in strings.Builder
	args := make([]any, 0, 1+2*len(idx))
	args = append(args, site)
	for i := range idx {
		p := 2 + 2*i
		cases.WriteString(" WHEN ?" + strconv.Itoa(p) + " THEN ?" + strconv.Itoa(p+1))
		if i > 0 {
			in.WriteString(", ")
		}
		in.WriteString("?" + strconv.Itoa(p))
		args = append(args, idx[i], string(receipts[i]))
	}
	res, err := q.ExecContext(ctx, `UPDATE entries SET receipt = CASE idx`+cases.String()+` END
		WHERE site = ?1 AND idx IN (`+in.String()+`) AND receipt IS NULL`, args...)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == int64(len(idx)), err
}
