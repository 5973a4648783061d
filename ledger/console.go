package ledger

import (
	"net/http"

	"github.com/assent-dev/assent/rules"
)

// The site owner's console: the consent dashboard (stats.go) and the proof lookup (chain.go). Both read record
// contents, so both need the site's bearer key: no key is 401, a key that opens another site is 403, any other
// key 401.

// consoleRoutes registers the console's endpoints (called from routes).
func (h *handler) consoleRoutes() {
	h.handle("/v1/log/{site}/stats", true, map[string]http.HandlerFunc{"GET": h.stats})
	h.handle("/v1/log/{site}/stats.csv", true, map[string]http.HandlerFunc{"GET": h.statsCSV})
	h.handle("/v1/log/{site}/chain", true, map[string]http.HandlerFunc{"GET": h.chain})
}

// ownerSite checks that the request carries the key of the {site} of its path, writing 404 (no such site),
// 401 or 403 otherwise.
func (h *handler) ownerSite(w http.ResponseWriter, r *http.Request, what string) (string, bool) {
	site, s, ok := h.logSite(w, r)
	if !ok {
		return "", false
	}
	if bearer(r) == "" {
		unauthorized(w, what)
		return "", false
	}
	if hasSiteKey(r, s) {
		return site, true
	}
	other, err := h.keyOpensAnotherSite(r, site)
	if err != nil {
		h.serverError(w, "site lookup", err)
		return "", false
	}
	if other {
		writeError(w, http.StatusForbidden, rules.CodeForbidden, "this key belongs to another site; "+what+" needs site "+site+"'s key", nil)
		return "", false
	}
	unauthorized(w, what)
	return "", false
}

// keyOpensAnotherSite reports whether the request's bearer key is the key of a site other than site.
func (h *handler) keyOpensAnotherSite(r *http.Request, site string) (bool, error) {
	table, err := h.sites.load(r.Context())
	if err != nil {
		return false, err
	}
	for _, sites := range []map[string]Site{h.sites.static, table} {
		for name, s := range sites {
			if name != site && hasSiteKey(r, s) {
				return true, nil
			}
		}
	}
	return false, nil
}
