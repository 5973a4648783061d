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
	"html"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// maxDOIBody bounds the body of POST /v1/doi.
const maxDOIBody = 4 << 10

// doiRequest is the body of POST /v1/doi.
type doiRequest struct {
	RecordID string `json:"record_id"`      // a logged marketing_opt_in record
	Redirect string `json:"redirect"`       // where confirming leads; one of the site's origins, or "" for its first origin
	Site     string `json:"site,omitempty"` // the record's site; without it, the site whose key the request carries
}

// postDOI issues a single-use, expiring double opt-in token for a logged marketing_opt_in record: 201
// {"token", "confirm_url", "expires_at"}. It needs the site's key (the site's server asks, then mails
// confirm_url to the address the person gave); the token is bound to that site and record. The redirect is
// stored without its query string and fragment (they may carry the person's address).
func (h *handler) postDOI(w http.ResponseWriter, r *http.Request) {
	if !h.allowed(w, r) {
		return
	}
	if bearer(r) == "" {
		unauthorized(w, "asking for a double opt-in token")
		return
	}
	data, ok := readJSONBody(w, r, maxDOIBody)
	if !ok {
		return
	}
	if err := codec.CheckUTF8(data); err != nil {
		writeError(w, http.StatusBadRequest, rules.CodeInvalidUTF8, err.Error(), nil)
		return
	}
	var req doiRequest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || dec.More() || req.RecordID == "" {
		writeError(w, http.StatusBadRequest, rules.CodeDOIRequestMalformed, `the body must be {"record_id": "...", "redirect": "..."}`, nil)
		return
	}
	e, ok := h.keyedEntry(w, r, req.RecordID, req.Site)
	if !ok {
		return
	}
	if isArchived(e) {
		h.writeArchived(w, r, e.Site, e.Idx, "record "+e.ID)
		return
	}
	site, ok := h.siteAllows(w, r, e.Site)
	if !ok {
		return
	}
	rec, err := codec.ParseRecord([]byte(e.Record))
	if err != nil || rec.Action != rules.ActionMarketingOptIn {
		writeError(w, http.StatusBadRequest, rules.CodeDOINotOptIn, "double opt-in confirms marketing_opt_in records only", nil)
		return
	}
	redirect, ok := redirectFor(req.Redirect, site)
	if !ok {
		writeError(w, http.StatusBadRequest, rules.CodeRedirectNotAllowed, "redirect must be a URL on one of the site's origins", nil)
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

// redirectFor checks a requested redirect against the site's origins ("" picks the first origin, or "/") and
// returns it without query string and fragment.
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
	u.RawQuery, u.ForceQuery, u.Fragment, u.RawFragment = "", false, "", ""
	return u.String(), slices.Contains(s.Origins, u.Scheme+"://"+u.Host)
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

// findToken reads the token of the request (query, or form body of a POST) and checks it is known, unused
// and unexpired; otherwise it writes 404 doi_token_unknown or 410 doi_token_used / doi_token_expired.
func (h *handler) findToken(w http.ResponseWriter, r *http.Request) (doiToken, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, maxDOIBody)
	token := r.URL.Query().Get("token")
	if r.Method == http.MethodPost && r.ParseForm() == nil && r.PostForm.Get("token") != "" {
		token = r.PostForm.Get("token")
	}
	t := doiToken{hash: HashKey(token)}
	err := h.db.QueryRowContext(r.Context(), `SELECT site, record_id, redirect, expires_at, used_at FROM doi_tokens WHERE token_sha256 = ?1`,
		t.hash).Scan(&t.site, &t.recordID, &t.redirect, &t.expires, &t.used)
	switch {
	case token == "" || errors.Is(err, sql.ErrNoRows):
		writeError(w, http.StatusNotFound, rules.CodeDOITokenUnknown, "this confirmation link is not valid", nil)
		return t, false
	case err != nil:
		h.serverError(w, "doi lookup", err)
		return t, false
	case t.used.Valid:
		writeError(w, http.StatusGone, rules.CodeDOITokenUsed, "this confirmation link was already used", nil)
		return t, false
	case proof.FormatTime(h.opts.Now()) >= t.expires:
		writeError(w, http.StatusGone, rules.CodeDOITokenExpired, "this confirmation link has expired", nil)
		return t, false
	}
	return t, true
}

// confirmPageHTML is the page GET /v1/doi/confirm shows: opening the link (as mail scanners do) confirms
// nothing; the person's click on the button POSTs the token.
const confirmPageHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Confirm your subscription</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.6rem 1.2rem}</style>
</head><body><h1>Confirm your subscription</h1><p>Please confirm that you want to receive these messages from %SITE%.</p>
<form method="post" action="/v1/doi/confirm"><input type="hidden" name="token" value="%TOKEN%">
<button type="submit" data-assent-action="doi-confirm">Confirm</button></form></body></html>
`

// confirmPage answers a confirmation link with a small page whose button POSTs the token; it logs nothing.
func (h *handler) confirmPage(w http.ResponseWriter, r *http.Request) {
	t, ok := h.findToken(w, r)
	if !ok {
		return
	}
	page := strings.NewReplacer("%SITE%", html.EscapeString(t.site), "%TOKEN%", html.EscapeString(r.URL.Query().Get("token"))).Replace(confirmPageHTML)
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	w.Header().Set("Referrer-Policy", "no-referrer")
	writeRaw(w, http.StatusOK, "text/html; charset=utf-8", []byte(page))
}

// confirmDOI (POST, the page's button) logs a doi_confirm record for the token's opt-in record, marks the
// token used, forgets its redirect and redirects (303) there. A used token gives 410, an expired one 410, an
// unknown one 404.
func (h *handler) confirmDOI(w http.ResponseWriter, r *http.Request) {
	t, ok := h.findToken(w, r)
	if !ok {
		return
	}
	now := h.opts.Now()
	if err := h.logConfirmation(r.Context(), t, now); err != nil {
		h.serverError(w, "doi confirm", err)
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `UPDATE doi_tokens SET used_at = ?1, redirect = '' WHERE token_sha256 = ?2 AND used_at IS NULL`,
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

// confirmRecord makes the doi_confirm record that follows optIn: the same version, subject (and subject_key),
// purposes, decision, notice and form, no UI (the server made it), prev = the opt-in's hash, and for version 2
// sig rules.LedgerSig: the record says the ledger wrote it and carries no subject signature.
func confirmRecord(optIn rules.Record, tokenHash string, now time.Time) rules.Record {
	c := optIn
	c.ID = derivedUUID("assent doi_confirm\n" + tokenHash)
	c.Time = proof.FormatTime(now)
	c.Action = rules.ActionDOIConfirm
	c.UI = nil
	c.Prev = optIn.Hash
	c.Sig = ""
	c.Seal()
	if c.V == rules.RecordVersionSigned {
		c.Sig = rules.LedgerSig // written by the ledger: no subject signature
	}
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
