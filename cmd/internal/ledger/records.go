package ledger

import (
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// postRecord logs one consent record: 201 and its receipt, 200 and the same receipt for a record already
// logged, 409 for another record under a logged id, 400/403/413/415 for records refused.
func (h *handler) postRecord(w http.ResponseWriter, r *http.Request) {
	if !h.allowed(w, r) {
		return
	}
	data, ok := readJSONBody(w, r, codec.MaxRecordSize)
	if !ok {
		return
	}
	rec, err := codec.ParseRecord(data)
	if err != nil {
		status, code := http.StatusBadRequest, "record_malformed"
		if errors.Is(err, codec.ErrNotJSON) {
			status, code = http.StatusUnsupportedMediaType, "not_json"
		} else if errors.Is(err, codec.ErrTooLarge) {
			status, code = http.StatusRequestEntityTooLarge, "too_large"
		}
		writeError(w, status, code, "the body is not a well-formed consent record", codec.Findings(err))
		return
	}
	if !h.siteAllows(w, r, rec.Site) {
		return
	}
	now := h.opts.Now()
	if fs := rules.ValidateRecord(rec, now, nil); rules.HasErrors(fs) {
		writeError(w, http.StatusBadRequest, "record_invalid", "the consent record is invalid", fs)
		return
	}
	status, receipt, err := h.logRecord(r.Context(), rec, proof.FormatTime(now))
	if err != nil {
		h.serverError(w, "append", err)
		return
	}
	writeReceipt(w, status, rec.ID, receipt)
}

func writeReceipt(w http.ResponseWriter, status int, id, receipt string) {
	switch status {
	case http.StatusConflict:
		writeError(w, status, "record_id_conflict", "another record is already logged under id "+id, nil)
	case http.StatusCreated:
		w.Header().Set("Location", "/v1/records/"+id)
		fallthrough
	default:
		writeRaw(w, status, "application/json", []byte(receipt+"\n"))
	}
}

// logRecord appends rec (already validated) to its site's log, or finds it there (a record sent again: the
// widget retries until it holds a receipt). It returns the status (201, 200 or 409) and the receipt.
func (h *handler) logRecord(ctx context.Context, rec rules.Record, loggedAt string) (int, string, error) {
	j := &appendJob{entry: entryRow{Site: rec.Site, ID: rec.ID, RecordHash: rec.Hash, LoggedAt: loggedAt,
		Record: string(codec.FormatRecord(rec))}, done: make(chan struct{})}
	h.batch.submit(j)
	select {
	case <-j.done:
	case <-ctx.Done():
		return 0, "", ctx.Err()
	}
	return j.status, j.receipt, j.err
}

// siteAllows checks that site is registered and that a cross-origin request comes from one of its origins;
// otherwise it writes 403 and returns false.
func (h *handler) siteAllows(w http.ResponseWriter, r *http.Request, site string) bool {
	s, ok, err := h.sites.lookup(r.Context(), site)
	if err != nil {
		h.serverError(w, "site lookup", err)
		return false
	}
	if !ok || !proof.ValidSite(site) {
		writeError(w, http.StatusForbidden, "unknown_site", "site "+site+" is not registered with this ledger", nil)
		return false
	}
	origin := r.Header.Get("Origin")
	if origin != "" && !sameOrigin(origin, r) && !containsString(s.Origins, origin) {
		writeError(w, http.StatusForbidden, "origin_not_allowed", "origin "+origin+" is not allowed for site "+site, nil)
		return false
	}
	return true
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readJSONBody checks that the request body is JSON (415 otherwise) of at most limit bytes (413 otherwise)
// and returns it.
func readJSONBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "the body must be application/json", nil)
		return nil, false
	}
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", "the body is over the size limit", nil)
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", "the body is over the size limit", nil)
		} else {
			writeError(w, http.StatusBadRequest, "bad_body", "the body could not be read", nil)
		}
		return nil, false
	}
	return data, true
}

// getRecord returns a logged record and its receipt: {"record": {...}, "receipt": {...}}.
func (h *handler) getRecord(w http.ResponseWriter, r *http.Request) {
	e, found, err := entryByAnySiteID(r.Context(), h.q(), r.PathValue("id"))
	if err != nil {
		h.serverError(w, "record lookup", err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "record_not_found", "no record with this id is logged", nil)
		return
	}
	if !e.Receipt.Valid {
		// The writer that logged it stopped before its receipt was stored: finish the job.
		j := &appendJob{entry: e, done: make(chan struct{})}
		h.batch.submit(j)
		<-j.done
		if j.err != nil {
			h.serverError(w, "receipt", j.err)
			return
		}
		e.Receipt.String = j.receipt
	}
	body := `{"record":` + e.Record + `,"receipt":` + e.Receipt.String + "}\n"
	writeRaw(w, http.StatusOK, "application/json", []byte(body))
}
