package ledger

import (
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
)

// postRecord logs one consent record: 201 and its receipt, 200 and the same receipt for a record already
// logged, 409 for another record under a logged id, 400/403/413/415 for records refused. The checks run in
// this order, and a refused record is never stored: the bytes (invalid_utf8, before anything is decoded),
// the form (record_malformed, not_json, too_large), the site and origin (403 unknown_site,
// origin_not_allowed), the canonical size (413), the version (v1_not_accepted unless the site accepts v1),
// the subject signature of a version 2 record (bad_subject_key, subject_key_mismatch, bad_signature, with
// the validation findings), the content (record_invalid with findings), the author (doi_confirm is the
// ledger's own: ledger_action) and the chain (prev_not_found, prev_foreign).
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
		status, code := http.StatusBadRequest, rules.CodeRecordMalformed
		switch {
		case errors.Is(err, codec.ErrInvalidUTF8):
			code = rules.CodeInvalidUTF8
		case errors.Is(err, codec.ErrNotJSON):
			status, code = http.StatusUnsupportedMediaType, rules.CodeNotJSON
		case errors.Is(err, codec.ErrTooLarge):
			status, code = http.StatusRequestEntityTooLarge, rules.CodeTooLarge
		}
		writeError(w, status, code, "the body is not a well-formed consent record", codec.Findings(err))
		return
	}
	site, ok := h.siteAllows(w, r, rec.Site)
	if !ok {
		return
	}
	if len(codec.FormatRecord(rec)) > codec.MaxRecordSize {
		writeError(w, http.StatusRequestEntityTooLarge, rules.CodeTooLarge, "the canonical record is over the size limit", nil)
		return
	}
	if rec.V == rules.RecordVersion && !site.AcceptV1 {
		writeError(w, http.StatusBadRequest, rules.CodeV1NotAccepted, "site "+rec.Site+" accepts version 2 records only (signed subjects)", nil)
		return
	}
	now := h.opts.Now()
	fs := rules.ValidateRecord(rec, now, nil)
	if rec.V == rules.RecordVersionSigned {
		if err := recordsig.Verify(rec); err != nil {
			code := recordsig.CodeBadSignature
			var e *recordsig.Error
			if errors.As(err, &e) {
				code = e.Code
			}
			fs = append(fs, rules.Finding{Code: code, Severity: rules.SeverityError, Message: err.Error(), Field: "sig"})
			writeError(w, http.StatusBadRequest, code, "the record's subject signature does not hold", fs)
			return
		}
	}
	if rules.HasErrors(fs) {
		writeError(w, http.StatusBadRequest, rules.CodeRecordInvalid, "the consent record is invalid", fs)
		return
	}
	if code, msg, err := h.checkChain(r.Context(), rec); err != nil {
		h.serverError(w, "prev lookup", err)
		return
	} else if code != "" {
		writeError(w, http.StatusBadRequest, code, msg, nil)
		return
	}
	status, receipt, err := h.logRecord(r.Context(), rec, proof.FormatTime(now))
	if err != nil {
		h.serverError(w, "append", err)
		return
	}
	if status == http.StatusGone {
		h.archivedRecord(w, r, rec.Site, rec.ID)
		return
	}
	writeReceipt(w, status, rec.ID, receipt)
}

// checkChain checks that a valid, signed record may join the log: doi_confirm is an action only the ledger
// writes, and prev must be "" or the hash of the same subject's record on the same site. It returns "" or an
// error code and message, or the database's error.
func (h *handler) checkChain(ctx context.Context, rec rules.Record) (string, string, error) {
	if rec.Action == rules.ActionDOIConfirm {
		return rules.CodeLedgerAction, "doi_confirm records are written by the ledger when a double opt-in is confirmed", nil
	}
	if rec.Prev == "" {
		return "", "", nil
	}
	subject, found, err := subjectOfHash(ctx, h.q(), rec.Site, rec.Prev)
	switch {
	case err != nil:
		return "", "", err
	case !found:
		return rules.CodePrevNotFound, "prev is not the hash of a record in site " + rec.Site + "'s log", nil
	case subject != rec.Subject:
		return rules.CodePrevForeign, "prev is the hash of another subject's record", nil
	}
	return "", "", nil
}

func writeReceipt(w http.ResponseWriter, status int, id, receipt string) {
	switch status {
	case http.StatusConflict:
		writeError(w, status, rules.CodeRecordIDConflict, "another record is already logged under id "+id, nil)
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
func (h *handler) siteAllows(w http.ResponseWriter, r *http.Request, site string) (Site, bool) {
	s, ok, err := h.sites.lookup(r.Context(), site)
	if err != nil {
		h.serverError(w, "site lookup", err)
		return s, false
	}
	if !ok || !proof.ValidSite(site) {
		writeError(w, http.StatusForbidden, rules.CodeUnknownSite, "site "+site+" is not registered with this ledger", nil)
		return s, false
	}
	origin := r.Header.Get("Origin")
	if origin != "" && !sameOrigin(origin, r) && !slices.Contains(s.Origins, origin) {
		writeError(w, http.StatusForbidden, rules.CodeOriginNotAllowed, "origin "+origin+" is not allowed for site "+site, nil)
		return s, false
	}
	return s, true
}

// readJSONBody checks that the request body is JSON (415 otherwise) of at most limit bytes (413 otherwise)
// and returns it.
func readJSONBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		writeError(w, http.StatusUnsupportedMediaType, rules.CodeUnsupportedMediaType, "the body must be application/json", nil)
		return nil, false
	}
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, rules.CodeTooLarge, "the body is over the size limit", nil)
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, rules.CodeTooLarge, "the body is over the size limit", nil)
		} else {
			writeError(w, http.StatusBadRequest, rules.CodeBadBody, "the body could not be read", nil)
		}
		return nil, false
	}
	return data, true
}

// keyedEntry finds the entry of record id for a request carrying a site key: in the site named by ?site= (or
// site, when not ""), else in whichever site holding the id the key belongs to. It writes 401 (no key, or
// not the named site's key) or 404 (no such record readable with this key) and returns false on failure.
func (h *handler) keyedEntry(w http.ResponseWriter, r *http.Request, id, site string) (entryRow, bool) {
	if bearer(r) == "" {
		unauthorized(w, "reading a record")
		return entryRow{}, false
	}
	if site == "" {
		site = r.URL.Query().Get("site")
	}
	var cands []entryRow
	var err error
	if site != "" {
		s, ok, lerr := h.sites.lookup(r.Context(), site)
		if lerr != nil {
			h.serverError(w, "site lookup", lerr)
			return entryRow{}, false
		}
		if !ok || !hasSiteKey(r, s) {
			unauthorized(w, "reading site "+site+"'s records")
			return entryRow{}, false
		}
		e, found, ferr := entryByID(r.Context(), h.q(), site, id)
		if found {
			cands = append(cands, e)
		}
		err = ferr
	} else {
		cands, err = entriesByID(r.Context(), h.q(), id)
	}
	if err != nil {
		h.serverError(w, "record lookup", err)
		return entryRow{}, false
	}
	for _, e := range cands {
		s, ok, err := h.sites.lookup(r.Context(), e.Site)
		if err != nil {
			h.serverError(w, "site lookup", err)
			return entryRow{}, false
		}
		if ok && hasSiteKey(r, s) {
			return e, true
		}
	}
	writeError(w, http.StatusNotFound, rules.CodeRecordNotFound, "no record with this id is logged for this key's site", nil)
	return entryRow{}, false
}

// finishReceipt fills in e's receipt when the writer that logged it stopped before storing it: the batcher
// finishes that job.
func (h *handler) finishReceipt(e *entryRow) error {
	if e.Receipt.Valid {
		return nil
	}
	j := &appendJob{entry: *e, done: make(chan struct{})}
	h.batch.submit(j)
	<-j.done
	if j.err != nil {
		return j.err
	}
	e.Receipt.String = j.receipt
	return nil
}

// getRecord returns a logged record and its receipt: {"record": {...}, "receipt": {...}}. It needs the
// site's key; ?site= scopes the lookup (without it, the key's own site is searched).
func (h *handler) getRecord(w http.ResponseWriter, r *http.Request) {
	e, ok := h.keyedEntry(w, r, r.PathValue("id"), "")
	if !ok {
		return
	}
	if isArchived(e) {
		h.writeArchived(w, r, e.Site, e.Idx, "record "+e.ID)
		return
	}
	if err := h.finishReceipt(&e); err != nil {
		h.serverError(w, "receipt", err)
		return
	}
	body := `{"record":` + e.Record + `,"receipt":` + e.Receipt.String + "}\n"
	writeRaw(w, http.StatusOK, "application/json", []byte(body))
}
