package ledger

import (
	"bufio"
	"context"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"golang.org/x/mod/sumdb/tlog"
)

// maxEntriesPage bounds the entries one GET .../entries returns.
const maxEntriesPage = 1000

// logSite checks the {site} of a log path names a registered site; otherwise it writes 404.
func (h *handler) logSite(w http.ResponseWriter, r *http.Request) (string, Site, bool) {
	site := r.PathValue("site")
	s, ok, err := h.sites.lookup(r.Context(), site)
	if err != nil {
		h.serverError(w, "site lookup", err)
		return "", Site{}, false
	}
	if !ok || !proof.ValidSite(site) {
		writeError(w, http.StatusNotFound, rules.CodeUnknownSite, "no log for site "+site, nil)
		return "", Site{}, false
	}
	return site, s, true
}

// currentHead returns the latest signed head of site's log; for an empty log, a head of size 0 signed now.
func (h *handler) currentHead(ctx context.Context, site string) (int64, string, error) {
	size, msg, err := latestHead(ctx, h.q(), site)
	if err != nil || msg != "" {
		return size, msg, err
	}
	empty, err := tlog.TreeHash(0, tlog.HashReaderFunc(func([]int64) ([]tlog.Hash, error) { return nil, nil }))
	if err != nil {
		return 0, "", err
	}
	signed, err := proof.SignHead(proof.Head{Origin: proof.Origin(site), Size: 0, Root: empty}, h.signer)
	return 0, string(signed), err
}

// head serves the latest signed tree head as a signed note (text/plain).
func (h *handler) head(w http.ResponseWriter, r *http.Request) {
	site, _, ok := h.logSite(w, r)
	if !ok {
		return
	}
	_, msg, err := h.currentHead(r.Context(), site)
	if err != nil {
		h.serverError(w, "head", err)
		return
	}
	writeRaw(w, http.StatusOK, "text/plain; charset=utf-8", []byte(msg))
}

// proofJSON is the answer of the proof and consistency endpoints.
type proofJSON struct {
	Index    *int64   `json:"index,omitempty"`
	TreeSize *int64   `json:"tree_size,omitempty"`
	From     *int64   `json:"from,omitempty"`
	To       *int64   `json:"to,omitempty"`
	Proof    []string `json:"proof"`
}

func encodeHashes(hs []tlog.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = base64.StdEncoding.EncodeToString(h[:])
	}
	return out
}

// signedSize resolves the request's site log and the size of its latest signed head; on failure it has written
// the error response.
func (h *handler) signedSize(w http.ResponseWriter, r *http.Request) (string, int64, bool) {
	site, _, ok := h.logSite(w, r)
	if !ok {
		return "", 0, false
	}
	signed, _, err := latestHead(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "head", err)
		return "", 0, false
	}
	return site, signed, true
}

// inclusion serves the inclusion proof of entry {index} in the tree of size ?size= (default: the latest
// signed head): {"index": i, "tree_size": n, "proof": [base64 hashes]}.
func (h *handler) inclusion(w http.ResponseWriter, r *http.Request) {
	site, signed, ok := h.signedSize(w, r)
	if !ok {
		return
	}
	index, ok1 := parseCount(r.PathValue("index"), -1)
	size, ok2 := parseCount(r.URL.Query().Get("size"), signed)
	if !ok1 || !ok2 || index >= size || size > signed {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "need 0 <= index < size <= "+strconv.FormatInt(signed, 10)+" (the latest signed size)", nil)
		return
	}
	p, err := tlog.ProveRecord(size, index, newTreeStore(r.Context(), h.q(), site, &h.hashes))
	if err != nil {
		h.serverError(w, "inclusion proof", err)
		return
	}
	writeJSON(w, http.StatusOK, proofJSON{Index: &index, TreeSize: &size, Proof: encodeHashes(p)})
}

// consistency serves the consistency proof between tree sizes ?from= and ?to= (default: the latest signed
// head): {"from": n, "to": m, "proof": [base64 hashes]}.
func (h *handler) consistency(w http.ResponseWriter, r *http.Request) {
	site, signed, ok := h.signedSize(w, r)
	if !ok {
		return
	}
	from, ok1 := parseCount(r.URL.Query().Get("from"), -1)
	to, ok2 := parseCount(r.URL.Query().Get("to"), signed)
	if !ok1 || !ok2 || from < 1 || from > to || to > signed {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "need 1 <= from <= to <= "+strconv.FormatInt(signed, 10)+" (the latest signed size)", nil)
		return
	}
	p, err := tlog.ProveTree(to, from, newTreeStore(r.Context(), h.q(), site, &h.hashes))
	if err != nil {
		h.serverError(w, "consistency proof", err)
		return
	}
	writeJSON(w, http.StatusOK, proofJSON{From: &from, To: &to, Proof: encodeHashes(p)})
}

// parseCount parses a canonical non-negative decimal; "" gives def (an error when def < 0).
func parseCount(s string, def int64) (int64, bool) {
	if s == "" {
		return def, def >= 0
	}
	if len(s) > 15 || (len(s) > 1 && s[0] == '0') || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// Page bounds of GET .../entries with records and of the export's reads: records are up to 64 KiB each, so
// pages are capped by bytes as well as by count.
const (
	maxEntriesBytes = 4 << 20 // bytes of records in one entries page (at least one entry is always sent)
	recordChunk     = 64      // rows read per query when records are read
)

// entries serves the log entries start <= index < end (end defaults to start+1000, capped at the latest
// signed head) in log order: {"site", "start", "end", "tree_size", "entries": [{"index", "logged_at",
// "record_hash"}]}. Without a key that is all: the hashes and times a monitor needs to rebuild the tree.
// With the site's key (Authorization: Bearer) each entry carries its "record" too, and a page holds at most
// maxEntriesBytes of records: "end" says where it stopped.
func (h *handler) entries(w http.ResponseWriter, r *http.Request) {
	site, s, ok := h.logSite(w, r)
	if !ok {
		return
	}
	withRecords := false
	if bearer(r) != "" {
		if !hasSiteKey(r, s) {
			unauthorized(w, "reading records")
			return
		}
		withRecords = true
	}
	signed, _, err := latestHead(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "head", err)
		return
	}
	start, ok1 := parseCount(r.URL.Query().Get("start"), 0)
	end, ok2 := parseCount(r.URL.Query().Get("end"), min(signed, start+maxEntriesPage))
	if !ok1 || !ok2 || start > end || end > signed {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "need 0 <= start <= end <= "+strconv.FormatInt(signed, 10)+" (the latest signed size)", nil)
		return
	}
	end = min(end, start+maxEntriesPage)
	var rows []entryRow
	if withRecords {
		rows, err = entriesCapped(r.Context(), h.q(), site, start, end, maxEntriesBytes)
	} else {
		rows, err = leafRange(r.Context(), h.q(), site, start, end)
	}
	if err != nil {
		h.serverError(w, "entries", err)
		return
	}
	end = start + int64(len(rows))
	var b strings.Builder
	b.WriteString(`{"site":` + quoteJSON(site) + `,"start":` + strconv.FormatInt(start, 10) + `,"end":` +
		strconv.FormatInt(end, 10) + `,"tree_size":` + strconv.FormatInt(signed, 10) + `,"entries":[`)
	for i, e := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"index":` + strconv.FormatInt(e.Idx, 10) + `,"logged_at":` + quoteJSON(e.LoggedAt) +
			`,"record_hash":` + quoteJSON(e.RecordHash))
		if withRecords && isArchived(e) {
			b.WriteString(`,"archived":true`)
		} else if withRecords {
			b.WriteString(`,"record":` + e.Record)
		}
		b.WriteByte('}')
	}
	b.WriteString("]}\n")
	writeRaw(w, http.StatusOK, "application/json", []byte(b.String()))
}

// entriesCapped returns site's entries from start, before end, in log order, stopping once the records
// read hold maxBytes or more (always at least one entry when start < end).
func entriesCapped(ctx context.Context, q querier, site string, start, end int64, maxBytes int) ([]entryRow, error) {
	var out []entryRow
	n := 0
	for at := start; at < end && n < maxBytes; {
		rows, err := entriesRange(ctx, q, site, at, min(end, at+recordChunk))
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			break
		}
		for _, e := range rows {
			if n >= maxBytes {
				break
			}
			out = append(out, e)
			n += len(e.Record)
		}
		at = start + int64(len(out))
	}
	return out, nil
}

func quoteJSON(s string) string {
	data, _ := marshalJSON(s)
	return strings.TrimSuffix(string(data), "\n")
}

// export streams the log as NDJSON, one {"index", "logged_at", "record", "receipt"} per line (receipt null
// for an entry whose receipt was never made), for a request with the site's bearer key: entries ?start= (default:
// the first entry not archived) to ?end= (exclusive, default: the last). Archived entries are not served (410
// for a start inside the archived range); the header Assent-Archived: 0-N says entries 0 to N-1 were archived.
// It reads recordChunk entries at a time, so its memory is bounded whatever the records' sizes.
func (h *handler) export(w http.ResponseWriter, r *http.Request) {
	site, s, ok := h.logSite(w, r)
	if !ok {
		return
	}
	if !hasSiteKey(r, s) {
		unauthorized(w, "export")
		return
	}
	n, err := entryCount(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "export", err)
		return
	}
	archived, err := archivedEnd(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "export", err)
		return
	}
	start, ok1 := parseCount(r.URL.Query().Get("start"), archived)
	end, ok2 := parseCount(r.URL.Query().Get("end"), n)
	if !ok1 || !ok2 || start > end || end > n {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "need 0 <= start <= end <= "+strconv.FormatInt(n, 10)+" (the entries logged)", nil)
		return
	}
	if start < archived {
		h.writeArchived(w, r, site, start, "entry "+strconv.FormatInt(start, 10))
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("Cache-Control", "no-store")
	if archived > 0 {
		w.Header().Set("Assent-Archived", "0-"+strconv.FormatInt(archived, 10))
	}
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for at := start; at < end; at += recordChunk {
		rows, err := entriesRange(r.Context(), h.q(), site, at, min(end, at+recordChunk))
		if err != nil {
			h.logError("export", err)
			return // the client sees a short stream: fewer lines than entries
		}
		for _, e := range rows {
			bw.WriteString(exportLine(e))
		}
	}
}
