package ledger

// Archiving: a site's old log range moves out of the database into an archive file (`assent archive`), and
// the ledger keeps what the log needs to stay append-only and provable. See migrations/0005_archive.sql.

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
)

// MaxArchiveChunk bounds the entries one POST /v1/log/{site}/archive drops.
const MaxArchiveChunk = 1000

// archivedPrefix starts the record an archived entry keeps (its subject follows).
const archivedPrefix = `{"archived":true`

const (
	sqlArchivedEnd = `SELECT COALESCE(MAX(end_idx), 0) FROM archives WHERE site = ?1`
	sqlArchives    = `SELECT start_idx, end_idx, sha256, archive_sha256, archived_at FROM archives WHERE site = ?1 ORDER BY start_idx`
	sqlArchiveAt   = `SELECT start_idx, end_idx, sha256, archive_sha256, archived_at FROM archives WHERE site = ?1 AND start_idx <= ?2 AND end_idx > ?2`
	// The chunk is recorded only if it starts where the archived range ends: two archivers cannot overlap.
	sqlInsertArchive = `INSERT OR IGNORE INTO archives (site, start_idx, end_idx, sha256, archive_sha256, archived_at)
		SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE (SELECT COALESCE(MAX(end_idx), 0) FROM archives WHERE site = ?1) = ?2`
	// One statement per chunk: the contents go, the id, hash, time and subject stay.
	sqlDropRecords = `UPDATE entries SET record = json_object('archived', json('true'), 'subject', json_extract(record, '$.subject')),
		receipt = NULL WHERE site = ?1 AND idx >= ?2 AND idx < ?3 AND substr(record, 1, 16) <> '{"archived":true'`
)

// archiveChunk is one row of the archives table, as the API shows it.
type archiveChunk struct {
	Start         int64  `json:"start"`
	End           int64  `json:"end"`
	SHA256        string `json:"sha256"`
	ArchiveSHA256 string `json:"archive_sha256"`
	ArchivedAt    string `json:"archived_at"`
}

// isArchived reports whether an entry's record was dropped by archiving.
func isArchived(e entryRow) bool {
	return strings.HasPrefix(e.Record, archivedPrefix)
}

// archivedEnd returns the number of site's entries archived (they are entries 0 to that, exclusive).
func archivedEnd(ctx context.Context, q querier, site string) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, sqlArchivedEnd, site).Scan(&n)
	return n, err
}

func scanArchive(s interface{ Scan(...any) error }) (archiveChunk, error) {
	var a archiveChunk
	err := s.Scan(&a.Start, &a.End, &a.SHA256, &a.ArchiveSHA256, &a.ArchivedAt)
	return a, err
}

// archiveOf returns the archive chunk holding entry idx of site's log.
func archiveOf(ctx context.Context, q querier, site string, idx int64) (archiveChunk, bool, error) {
	a, err := scanArchive(q.QueryRowContext(ctx, sqlArchiveAt, site, idx))
	if errors.Is(err, sql.ErrNoRows) {
		return a, false, nil
	}
	return a, err == nil, err
}

// exportLine is the line of entry e in the export and in archive files: {"index","logged_at","record","receipt"}.
func exportLine(e entryRow) string {
	receipt := "null"
	if e.Receipt.Valid {
		receipt = e.Receipt.String
	}
	return `{"index":` + strconv.FormatInt(e.Idx, 10) + `,"logged_at":` + quoteJSON(e.LoggedAt) +
		`,"record":` + e.Record + `,"receipt":` + receipt + "}\n"
}

// writeArchived answers 410 for entry idx of site, archived: the error names the chunk and the archive file.
func (h *handler) writeArchived(w http.ResponseWriter, r *http.Request, site string, idx int64, what string) {
	a, ok, err := archiveOf(r.Context(), h.q(), site, idx)
	if err != nil {
		h.serverError(w, "archive lookup", err)
		return
	}
	msg := what + " (entry " + strconv.FormatInt(idx, 10) + " of site " + site + "'s log) was archived"
	if ok {
		msg += " on " + a.ArchivedAt + " to the archive file with SHA-256 " + a.ArchiveSHA256 + " (entries " +
			strconv.FormatInt(a.Start, 10) + " to " + strconv.FormatInt(a.End-1, 10) + "); `assent verify` that file to check it"
	}
	writeJSON(w, http.StatusGone, struct {
		errorBody
		Index   int64         `json:"index"`
		Archive *archiveChunk `json:"archive,omitempty"`
	}{errorBody{Error: rules.CodeArchived, Message: msg, Findings: []rules.Finding{}}, idx, archivePtr(a, ok)})
}

func archivePtr(a archiveChunk, ok bool) *archiveChunk {
	if !ok {
		return nil
	}
	return &a
}

// archiveState answers GET /v1/log/{site}/archive for the site's key: what is archived, and the prefix hashes
// an archive of the next range carries ({"site","archived_end","tree_size","prefix":[base64],"archives":[...]}).
func (h *handler) archiveState(w http.ResponseWriter, r *http.Request) {
	site, ok := h.ownerSite(w, r, "archiving")
	if !ok {
		return
	}
	end, err := archivedEnd(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "archive state", err)
		return
	}
	signed, _, err := latestHead(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "archive state", err)
		return
	}
	prefix, err := newTreeStore(r.Context(), h.q(), site, &h.hashes).ReadHashes(proof.PrefixIndexes(end))
	if err != nil {
		h.serverError(w, "archive state", err)
		return
	}
	chunks, err := archiveChunks(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "archive state", err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Site        string         `json:"site"`
		ArchivedEnd int64          `json:"archived_end"`
		TreeSize    int64          `json:"tree_size"`
		Prefix      []string       `json:"prefix"`
		Archives    []archiveChunk `json:"archives"`
	}{site, end, signed, encodeHashes(prefix), chunks})
}

// archiveRequest is the body of POST /v1/log/{site}/archive.
type archiveRequest struct {
	Start         *int64 `json:"start"`
	End           *int64 `json:"end"`
	SHA256        string `json:"sha256"`         // of the export lines of entries start..end-1
	ArchiveSHA256 string `json:"archive_sha256"` // of the archive file holding them
}

func isHexHash(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == sha256.Size && strings.ToLower(s) == s
}

// archive drops the record contents of entries start..end-1 of the site's log, for the site's key, once the
// caller shows it holds them: sha256 must be the SHA-256 of their export lines (exportLine) as the ledger
// holds them now. The chunk must start where the archived range ends, hold at most MaxArchiveChunk entries
// under the latest signed head, each with its receipt. Asking again for a chunk already archived with the same
// hash answers the same (idempotent); anything else that touches the archived range is 409.
func (h *handler) archive(w http.ResponseWriter, r *http.Request) {
	site, ok := h.ownerSite(w, r, "archiving")
	if !ok {
		return
	}
	data, ok := readJSONBody(w, r, 4096)
	if !ok {
		return
	}
	var req archiveRequest
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || req.Start == nil || req.End == nil || !isHexHash(req.SHA256) || !isHexHash(req.ArchiveSHA256) {
		writeError(w, http.StatusBadRequest, rules.CodeBadArchiveRequest, `the body must be {"start":N,"end":M,"sha256":HEX,"archive_sha256":HEX} (lower-case hex SHA-256)`, nil)
		return
	}
	start, end := *req.Start, *req.End
	ctx := r.Context()
	signed, _, err := latestHead(ctx, h.q(), site)
	if err != nil {
		h.serverError(w, "archive", err)
		return
	}
	if start < 0 || end <= start || end-start > MaxArchiveChunk || end > signed {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "need 0 <= start < end <= "+strconv.FormatInt(signed, 10)+
			" (the latest signed size) and at most "+strconv.Itoa(MaxArchiveChunk)+" entries", nil)
		return
	}
	done, err := archivedEnd(ctx, h.q(), site)
	if err != nil {
		h.serverError(w, "archive", err)
		return
	}
	if start < done {
		a, found, err := archiveOf(ctx, h.q(), site, start)
		if err != nil {
			h.serverError(w, "archive", err)
			return
		}
		if found && a.Start == start && a.End == end && a.SHA256 == req.SHA256 {
			h.dropRecords(w, r, site, a) // the same chunk again: finish it if a writer stopped half-way
			return
		}
		writeError(w, http.StatusConflict, rules.CodeArchiveOverlap, "entries 0 to "+strconv.FormatInt(done-1, 10)+
			" are archived already; the next archive starts at entry "+strconv.FormatInt(done, 10), nil)
		return
	}
	if start > done {
		writeError(w, http.StatusConflict, rules.CodeArchiveGap, "the next archive must start at entry "+strconv.FormatInt(done, 10)+
			", where the archived range ends", nil)
		return
	}
	sum := sha256.New()
	for at := start; at < end; {
		rows, err := entriesRange(ctx, h.q(), site, at, min(end, at+recordChunk))
		if err != nil {
			h.serverError(w, "archive", err)
			return
		}
		if len(rows) == 0 {
			break
		}
		for _, e := range rows {
			if !e.Receipt.Valid || isArchived(e) {
				writeError(w, http.StatusConflict, rules.CodeArchiveIncomplete, "entry "+strconv.FormatInt(e.Idx, 10)+
					" has no receipt yet; read it (GET /v1/records/{id}) or wait, then download the archive again", nil)
				return
			}
			sum.Write([]byte(exportLine(e)))
		}
		at += int64(len(rows))
	}
	if got := hex.EncodeToString(sum.Sum(nil)); got != req.SHA256 {
		writeError(w, http.StatusConflict, rules.CodeArchiveMismatch, "the entries "+strconv.FormatInt(start, 10)+" to "+
			strconv.FormatInt(end-1, 10)+" the ledger holds do not hash to sha256: the archive does not hold them as they are; nothing was dropped", nil)
		return
	}
	a := archiveChunk{Start: start, End: end, SHA256: req.SHA256, ArchiveSHA256: req.ArchiveSHA256, ArchivedAt: proof.FormatTime(h.opts.Now())}
	res, err := h.db.ExecContext(ctx, sqlInsertArchive, site, start, end, a.SHA256, a.ArchiveSHA256, a.ArchivedAt)
	if err != nil {
		h.serverError(w, "archive", err)
		return
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		writeError(w, http.StatusConflict, rules.CodeArchiveOverlap, "another archive of this range was recorded at the same time", nil)
		return
	}
	h.dropRecords(w, r, site, a)
}

// dropRecords drops the record contents of an archived chunk (again, harmlessly, for a chunk done before) and
// of the chunk before it (which a writer stopped between its two statements may have left recorded but not
// dropped; rows already dropped are not touched), and answers {"site", "archived_end", "archive": chunk}.
func (h *handler) dropRecords(w http.ResponseWriter, r *http.Request, site string, a archiveChunk) {
	if _, err := h.db.ExecContext(r.Context(), sqlDropRecords, site, max(0, a.Start-MaxArchiveChunk), a.End); err != nil {
		h.serverError(w, "archive", err)
		return
	}
	end, err := archivedEnd(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "archive", err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Site        string       `json:"site"`
		ArchivedEnd int64        `json:"archived_end"`
		Archive     archiveChunk `json:"archive"`
	}{site, end, a})
}

// archivedRecord answers 410 for site's record id, logged and archived since.
func (h *handler) archivedRecord(w http.ResponseWriter, r *http.Request, site, id string) {
	e, found, err := entryByID(r.Context(), h.q(), site, id)
	if err != nil || !found {
		h.serverError(w, "archive lookup", errors.New("archived record "+id+" not found"))
		return
	}
	h.writeArchived(w, r, site, e.Idx, "record "+id)
}

// archiveChunks returns the archive chunks of site's log, in log order.
func archiveChunks(ctx context.Context, q querier, site string) ([]archiveChunk, error) {
	rows, err := q.QueryContext(ctx, sqlArchives, site)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []archiveChunk{}
	for rows.Next() {
		a, err := scanArchive(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// chunkOf returns the chunk of chunks holding entry idx (nil if none).
func chunkOf(chunks []archiveChunk, idx int64) *archiveChunk {
	for i := range chunks {
		if chunks[i].Start <= idx && idx < chunks[i].End {
			return &chunks[i]
		}
	}
	return nil
}
