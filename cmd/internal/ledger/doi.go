package ledger

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// maxDOIBody bounds the body of POST /v1/doi.
const maxDOIBody = 4 << 10

// doiRequest is the body of POST /v1/doi.
type doiRequest struct {
	RecordID string `json:"record_id"` // a logged marketing_opt_in record
	Redirect string `json:"redirect"`  // where confirming leads; one of the site's origins, or "" for its first origin
}

// postDOI issues a single-use, expiring double opt-in token for a logged marketing_opt_in record: 201
// {"token", "confirm_url", "expires_at"}. The site sends confirm_url to the address the person gave.
func (h *handler) postDOI(w http.ResponseWriter, r *http.Request) {
	if !h.allowed(w, r) {
		return
	}
	data, ok := readJSONBody(w, r, maxDOIBody)
	if !ok {
		return
	}
	var req doiRequest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || dec.More() || req.RecordID == "" {
		writeError(w, http.StatusBadRequest, "doi_request_malformed", `the body must be {"record_id": "...", "redirect": "..."}`, nil)
		return
	}
	e, found, err := entryByAnySiteID(r.Context(), h.q(), req.RecordID)
	if err != nil {
		h.serverError(w, "doi lookup", err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "record_not_found", "no record with this id is logged", nil)
		return
	}
	if !h.siteAllows(w, r, e.Site) {
		return
	}
	rec, err := codec.ParseRecord([]byte(e.Record))
	if err != nil || rec.Action != rules.ActionMarketingOptIn {
		writeError(w, http.StatusBadRequest, "doi_not_opt_in", "double opt-in confirms marketing_opt_in records only", nil)
		return
	}
	site, _, err := h.sites.lookup(r.Context(), e.Site)
	if err != nil {
		h.serverError(w, "site lookup", err)
		return
	}
	redirect, ok := redirectFor(req.Redirect, site)
	if !ok {
		writeError(w, http.StatusBadRequest, "redirect_not_allowed", "redirect must be a URL on one of the site's origins", nil)
		return
	}
	token, expires, err := h.issueToken(r.Context(), e, redirect)
	if err != nil {
		h.serverError(w, "doi issue", err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"token": token, "expires_at": expires,
		"confirm_url": baseURL(r) + "/v1/doi/confirm?token=" + token})
}

// redirectFor checks a requested redirect against the site's origins ("" picks the first origin, or "/").
func redirectFor(want string, s Site) (string, bool) {
	if want == "" {
		if len(s.Origins) > 0 {
			return s.Origins[0] + "/", true
		}
		return "/", true
	}
	u, err := url.Parse(want)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return "", false
	}
	return want, containsString(s.Origins, u.Scheme+"://"+u.Host)
}

// baseURL is the scheme and host the request was sent to.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.URL.Scheme == "https" || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (h *handler) issueToken(ctx context.Context, e entryRow, redirect string) (string, string, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", "", err
	}
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	expires := proof.FormatTime(h.opts.Now().Add(h.opts.DOITTL))
	_, err := h.db.ExecContext(ctx, `INSERT INTO doi_tokens (token_sha256, site, record_id, redirect, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)`,
		HashKey(token), e.Site, e.ID, redirect, expires)
	return token, expires, err
}

// doiToken is a row of doi_tokens.
type doiToken struct {
	hash, site, recordID, redirect, expires string
	used                                    sql.NullString
}

// confirmDOI logs a doi_confirm record for the token's opt-in record, marks the token used and redirects
// (303) to the URL given at issue. A used token gives 410, an expired one 410, an unknown one 404.
func (h *handler) confirmDOI(w http.ResponseWriter, r *http.Request) {
	t := doiToken{hash: HashKey(r.URL.Query().Get("token"))}
	err := h.db.QueryRowContext(r.Context(), `SELECT site, record_id, redirect, expires_at, used_at FROM doi_tokens WHERE token_sha256 = ?1`,
		t.hash).Scan(&t.site, &t.recordID, &t.redirect, &t.expires, &t.used)
	now := h.opts.Now()
	switch {
	case errors.Is(err, sql.ErrNoRows):
		writeError(w, http.StatusNotFound, "doi_token_unknown", "this confirmation link is not valid", nil)
		return
	case err != nil:
		h.serverError(w, "doi lookup", err)
		return
	case t.used.Valid:
		writeError(w, http.StatusGone, "doi_token_used", "this confirmation link was already used", nil)
		return
	case proof.FormatTime(now) >= t.expires:
		writeError(w, http.StatusGone, "doi_token_expired", "this confirmation link has expired", nil)
		return
	}
	if err := h.logConfirmation(r.Context(), t, now); err != nil {
		h.serverError(w, "doi confirm", err)
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `UPDATE doi_tokens SET used_at = ?1 WHERE token_sha256 = ?2 AND used_at IS NULL`,
		proof.FormatTime(now), t.hash); err != nil {
		h.serverError(w, "doi mark used", err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, t.redirect, http.StatusSeeOther)
}

// logConfirmation logs the doi_confirm record of token t. Its id is derived from the token, so a
// confirmation interrupted after logging and retried finds its record (409 on the id) instead of logging two.
func (h *handler) logConfirmation(ctx context.Context, t doiToken, now time.Time) error {
	e, found, err := entryByID(ctx, h.q(), t.site, t.recordID)
	if err != nil {
		return err
	}
	if !found {
		return errors.New("ledger: doi record " + t.recordID + " not in the log")
	}
	optIn, err := codec.ParseRecord([]byte(e.Record))
	if err != nil {
		return err
	}
	c := confirmRecord(optIn, t.hash, now)
	if fs := rules.ValidateRecord(c, now, nil); rules.HasErrors(fs) {
		return errors.New("ledger: doi_confirm record invalid: " + fs[0].Code + " " + fs[0].Field)
	}
	_, _, err = h.logRecord(ctx, c, proof.FormatTime(now))
	return err
}

// confirmRecord makes the doi_confirm record that follows optIn: the same subject, purposes, decision,
// notice and form, no UI (the server made it), prev = the opt-in's hash.
func confirmRecord(optIn rules.Record, tokenHash string, now time.Time) rules.Record {
	c := optIn
	c.ID = derivedUUID("assent doi_confirm\n" + tokenHash)
	c.Time = proof.FormatTime(now)
	c.Action = rules.ActionDOIConfirm
	c.UI = nil
	c.Prev = optIn.Hash
	c.Seal()
	return c
}

// derivedUUID returns a version 8 (name-based, RFC 9562) UUID from the SHA-256 of name.
func derivedUUID(name string) string {
	sum := sha256.Sum256([]byte(name))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x80
	b[8] = b[8]&0x3f | 0x80
	x := hex.EncodeToString(b)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}
