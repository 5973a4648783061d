package ledger

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/rules"
)

// maxChain bounds the records one chain answer holds (a subject's records: one per choice it made).
const maxChain = 1000

// sqlChain finds a subject's records through the entries_by_subject index (migration 0004).
const sqlChain = `SELECT ` + entryColumns + ` FROM entries WHERE site = ?1 AND json_extract(record, '$.subject') = ?2
	ORDER BY idx LIMIT ` + "1001"

// chain serves a subject's records with their receipts, found by ?record=ID (that record's subject) or
// ?subject=S, in log order, for the site's key holder. The answer is the proof bundle `assent verify` checks:
// {"bundle":"assent-chain/v1","site","subject","keys":[verifier keys],"records":[{"index","logged_at",
// "record","receipt"}]}; "truncated" is true when the subject has more than maxChain records. The subject's
// archived records are listed before, in "archived":[{"index","logged_at","record_hash","archive":{chunk}}]
// (their contents and receipts are in the archive file); a record ?record= names that is archived is 410.
func (h *handler) chain(w http.ResponseWriter, r *http.Request) {
	site, ok := h.ownerSite(w, r, "the proof lookup")
	if !ok {
		return
	}
	q := r.URL.Query()
	id, subject := strings.TrimSpace(q.Get("record")), strings.TrimSpace(q.Get("subject"))
	if (id == "") == (subject == "") {
		writeError(w, http.StatusBadRequest, rules.CodeBadQuery, "give ?record=ID or ?subject=SUBJECT", nil)
		return
	}
	if id != "" {
		e, found, err := entryByID(r.Context(), h.q(), site, id)
		if err != nil {
			h.serverError(w, "chain", err)
			return
		}
		if !found {
			writeError(w, http.StatusNotFound, rules.CodeRecordNotFound, "no record "+id+" in site "+site+"'s log", nil)
			return
		}
		if isArchived(e) {
			h.writeArchived(w, r, site, e.Idx, "record "+id)
			return
		}
		var rec struct {
			Subject string `json:"subject"`
		}
		if err := json.Unmarshal([]byte(e.Record), &rec); err != nil {
			h.serverError(w, "chain", err)
			return
		}
		subject = rec.Subject
	}
	rows, err := queryEntries(r.Context(), h.q(), sqlChain, site, subject)
	if err != nil {
		h.serverError(w, "chain", err)
		return
	}
	if len(rows) == 0 {
		writeError(w, http.StatusNotFound, rules.CodeSubjectNotFound, "no record of this subject in site "+site+"'s log", nil)
		return
	}
	truncated := len(rows) > maxChain
	if truncated {
		rows = rows[:maxChain]
	}
	archived := 0 // the archive is a prefix of the log: the subject's archived records come first
	for archived < len(rows) && isArchived(rows[archived]) {
		archived++
	}
	if archived == len(rows) {
		h.writeArchived(w, r, site, rows[archived-1].Idx, "every record of this subject; the last one")
		return
	}
	chunks, err := archiveChunks(r.Context(), h.q(), site)
	if err != nil {
		h.serverError(w, "chain", err)
		return
	}
	keys, err := rememberedKeys(r.Context(), h.q())
	if err != nil {
		h.serverError(w, "chain", err)
		return
	}
	var b strings.Builder
	b.WriteString(`{"bundle":"assent-chain/v1","site":` + quoteJSON(site) + `,"subject":` + quoteJSON(subject) + `,"keys":[` + quoteJSON(h.opts.VerifierKey))
	for _, k := range append(append([]string{}, h.opts.RetiredKeys...), keys...) {
		if k = strings.TrimSpace(k); k != "" && k != h.opts.VerifierKey {
			b.WriteString("," + quoteJSON(k))
		}
	}
	b.WriteString(`],"truncated":` + strconv.FormatBool(truncated))
	if archived > 0 {
		b.WriteString(`,"archived":[`)
		for i, e := range rows[:archived] {
			if i > 0 {
				b.WriteString(",")
			}
			a, _ := marshalJSON(chunkOf(chunks, e.Idx))
			b.WriteString(`{"index":` + strconv.FormatInt(e.Idx, 10) + `,"logged_at":` + quoteJSON(e.LoggedAt) +
				`,"record_hash":` + quoteJSON(e.RecordHash) + `,"archive":` + strings.TrimSpace(string(a)) + `}`)
		}
		b.WriteString("]")
	}
	b.WriteString(`,"records":[`)
	for i, e := range rows[archived:] {
		if err := h.finishReceipt(&e); err != nil {
			h.serverError(w, "receipt", err)
			return
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"index":` + strconv.FormatInt(e.Idx, 10) + `,"logged_at":` + quoteJSON(e.LoggedAt) +
			`,"record":` + e.Record + `,"receipt":` + e.Receipt.String + `}`)
	}
	b.WriteString("]}\n")
	w.Header().Set("Content-Disposition", `inline; filename="assent-proof-`+site+`-`+safeFileName(subject)+`.json"`)
	writeRaw(w, http.StatusOK, "application/json", []byte(b.String()))
}

// safeFileName keeps the characters of a base64url subject (anything else becomes _).
func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}
