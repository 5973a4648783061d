package ledger

import (
	"context"
	"database/sql"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
)

// bearer returns the token of an "Authorization: Bearer <token>" header, the scheme compared
// case-insensitively (RFC 9110 section 11.1); "" when there is none.
func bearer(r *http.Request) string {
	scheme, token, ok := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// hasSiteKey reports whether the request carries s's bearer key.
func hasSiteKey(r *http.Request, s Site) bool {
	return checkKey(bearer(r), s.ExportKeySHA256)
}

// unauthorized writes 401 with a WWW-Authenticate challenge.
func unauthorized(w http.ResponseWriter, what string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="assent"`)
	writeError(w, http.StatusUnauthorized, rules.CodeUnauthorized, what+" needs Authorization: Bearer <site key>", nil)
}

// RememberKey records vkey, a verifier key text, as one that signs (or signed) db's logs: GET /v1/keys lists
// every remembered key, so receipts signed before a key rotation keep verifying against the published keys.
// `assent serve` calls it on every start with its current key.
func RememberKey(ctx context.Context, db *sql.DB, vkey string) error {
	if _, err := proof.NewVerifier(vkey); err != nil {
		return err
	}
	_, err := db.ExecContext(ctx, `INSERT OR IGNORE INTO log_keys (vkey, added_at) VALUES (?1, ?2)`,
		vkey, proof.FormatTime(time.Now()))
	return err
}

// rememberedKeys returns the keys RememberKey recorded, oldest first.
func rememberedKeys(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT vkey FROM log_keys ORDER BY added_at, vkey`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// HasLog reports whether db already holds a log: any entry, signed head or remembered key. `assent serve`
// refuses to start a new signing key for a database that has one (unless told to).
func HasLog(ctx context.Context, db *sql.DB) (bool, error) {
	var n int64
	err := db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM entries LIMIT 1)) +
		(SELECT COUNT(*) FROM (SELECT 1 FROM heads LIMIT 1)) + (SELECT COUNT(*) FROM (SELECT 1 FROM log_keys LIMIT 1))`).Scan(&n)
	return n > 0, err
}

// keysJSON is the answer of GET /v1/keys.
type keysJSON struct {
	Keys    []string `json:"keys"`    // every key that may have signed a head of this log, current first
	Current string   `json:"current"` // the key signing new heads
	Retired []string `json:"retired"` // keys that signed earlier heads
}

// keys lists the current verifier key and the retired ones (Options.RetiredKeys and the remembered keys).
func (h *handler) keys(w http.ResponseWriter, r *http.Request) {
	stored, err := rememberedKeys(r.Context(), h.q())
	if err != nil {
		h.serverError(w, "keys", err)
		return
	}
	out := keysJSON{Keys: []string{h.opts.VerifierKey}, Current: h.opts.VerifierKey, Retired: []string{}}
	for _, k := range append(append([]string{}, h.opts.RetiredKeys...), stored...) {
		if k = strings.TrimSpace(k); k != "" && !slices.Contains(out.Keys, k) {
			out.Keys = append(out.Keys, k)
			out.Retired = append(out.Retired, k)
		}
	}
	writeJSON(w, http.StatusOK, out)
}
