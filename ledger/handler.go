package ledger

import (
	"database/sql"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/assent-dev/assent/rules"
	"golang.org/x/mod/sumdb/note"
)

// Options configure a ledger handler. Signer and VerifierKey are required.
type Options struct {
	// Signer signs tree heads (proof.NewSigner makes it from a private key text, see LoadKeyFile).
	Signer note.Signer
	// VerifierKey is the public key text of Signer, published at GET /v1/keys.
	VerifierKey string
	// RetiredKeys are verifier key texts of keys that signed this log before Signer (a key rotation); GET
	// /v1/keys lists them after VerifierKey, with the keys remembered in the database (RememberKey).
	RetiredKeys []string
	// Sites registers sites by name (the records' "site"), besides the rows of the sites table.
	Sites map[string]Site
	// Now is the server clock (time.Now if nil).
	Now func() time.Time
	// Country returns the visitor's ISO 3166-1 alpha-2 country as the edge knows it (the Worker passes
	// request.cf.country). If nil, or when it returns "", the X-Assent-Country request header is used.
	Country func(*http.Request) string
	// ClientIP returns the client address used as rate-limit key (default: the host of RemoteAddr). It is
	// truncated (IPv4 /24, IPv6 /48) before use and never stored.
	ClientIP func(*http.Request) string
	// Limiter rate-limits writes (POST) per truncated client address; nil means no limit. Loopback clients
	// (local tools, a reverse proxy in front) are never limited.
	Limiter Limiter
	// DOITTL is how long a double opt-in token stays valid (default 72 hours).
	DOITTL time.Duration
	// Logger receives server-side errors (slog.Default() if nil).
	Logger *slog.Logger
	// NoTransactions says the database has no transactions (Cloudflare D1): records are appended statement by
	// statement, which the claim and hash protocol of tree.go keeps safe. Otherwise each batch is one
	// transaction, and a database that refuses to begin one fails the request.
	NoTransactions bool
}

// handler serves the ledger API; New builds it.
type handler struct {
	db     *sql.DB
	opts   Options
	signer note.Signer
	mux    *http.ServeMux
	batch  batcher
	noTx   bool
	sites  siteCache
	stmts  stmtCache
	hashes hashCache
}

// q returns the querier for statements outside a batch: the database, with prepared fixed statements.
func (h *handler) q() querier {
	return runner{q: h.db, stmts: &h.stmts}
}

// New returns the HTTP handler of the ledger API (docs/contract.md section 3) over db, a SQLite-dialect database
// migrated with the files in migrations/ (Migrate, or wrangler for D1). It serves paths under /v1/ and
// answers 404 for any other path. db may be a D1 database: New relies on no transaction and no state kept
// between requests.
func New(db *sql.DB, opts Options) http.Handler {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.DOITTL <= 0 {
		opts.DOITTL = 72 * time.Hour
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	h := &handler{db: db, opts: opts, signer: opts.Signer, mux: http.NewServeMux()}
	h.batch.run = h.runBatch
	h.noTx = opts.NoTransactions
	h.sites.db = db
	h.stmts.db = db
	h.sites.static = opts.Sites
	h.routes()
	return h
}

// route is the handlers of one path, by method, and whether CORS follows the {site} of the path.
type route struct {
	methods    map[string]http.HandlerFunc
	siteScoped bool
}

func (h *handler) routes() {
	h.handle("/v1/health", false, map[string]http.HandlerFunc{"GET": h.health})
	h.handle("/v1/context", false, map[string]http.HandlerFunc{"GET": h.context})
	h.handle("/v1/keys", false, map[string]http.HandlerFunc{"GET": h.keys})
	h.handle("/v1/records", false, map[string]http.HandlerFunc{"POST": h.postRecord})
	h.handle("/v1/records/{id}", false, map[string]http.HandlerFunc{"GET": h.getRecord})
	h.handle("/v1/log/{site}/head", true, map[string]http.HandlerFunc{"GET": h.head})
	h.handle("/v1/log/{site}/proof/{index}", true, map[string]http.HandlerFunc{"GET": h.inclusion})
	h.handle("/v1/log/{site}/consistency", true, map[string]http.HandlerFunc{"GET": h.consistency})
	h.handle("/v1/log/{site}/entries", true, map[string]http.HandlerFunc{"GET": h.entries})
	h.handle("/v1/log/{site}/export", true, map[string]http.HandlerFunc{"GET": h.export})
	h.handle("/v1/log/{site}/archive", true, map[string]http.HandlerFunc{"GET": h.archiveState, "POST": h.archive})
	h.handle("/v1/doi", false, map[string]http.HandlerFunc{"POST": h.postDOI})
	h.handle("/v1/doi/confirm", false, map[string]http.HandlerFunc{"GET": h.confirmPage, "POST": h.confirmDOI})
	h.consoleRoutes()
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, rules.CodeNotFound, "no such endpoint", nil)
	})
}

func (h *handler) handle(pattern string, siteScoped bool, methods map[string]http.HandlerFunc) {
	rt := route{methods: methods, siteScoped: siteScoped}
	h.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) { h.dispatch(w, r, rt) })
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.signer == nil || h.opts.VerifierKey == "" {
		writeError(w, http.StatusInternalServerError, rules.CodeLedgerMisconfigured, "the ledger has no signing key", nil)
		return
	}
	h.mux.ServeHTTP(w, r)
}

// dispatch applies CORS (403 for a cross-origin request from an origin the site did not allow, preflight
// answers) and calls the handler of the method.
func (h *handler) dispatch(w http.ResponseWriter, r *http.Request, rt route) {
	w.Header().Add("Vary", "Origin")
	allow := make([]string, 0, len(rt.methods)+1)
	for m := range rt.methods {
		allow = append(allow, m)
	}
	slices.Sort(allow)
	allow = append(allow, "OPTIONS")
	if origin := r.Header.Get("Origin"); origin != "" {
		site := ""
		if rt.siteScoped {
			site = r.PathValue("site")
		}
		ok, err := h.sites.originAllowed(r.Context(), origin, site)
		if err != nil {
			h.serverError(w, "origin check", err)
			return
		}
		if ok {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Expose-Headers", "Location, Retry-After, Assent-Archived")
		} else if !sameOrigin(origin, r) {
			writeError(w, http.StatusForbidden, rules.CodeOriginNotAllowed, "origin "+origin+" is not allowed", nil)
			return
		}
	}
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", strings.Join(allow, ", "))
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
		w.Header().Set("Access-Control-Max-Age", "600")
		w.Header().Set("Allow", strings.Join(allow, ", "))
		w.WriteHeader(http.StatusNoContent)
		return
	}
	m := r.Method
	if m == http.MethodHead {
		m = http.MethodGet
	}
	fn := rt.methods[m]
	if fn == nil {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, http.StatusMethodNotAllowed, rules.CodeMethodNotAllowed, r.Method+" is not allowed here", nil)
		return
	}
	fn(w, r)
}

// sameOrigin reports whether origin is the origin the request was sent to (host and port compared).
func sameOrigin(origin string, r *http.Request) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error    string          `json:"error"`
	Message  string          `json:"message,omitempty"`
	Findings []rules.Finding `json:"findings"`
}

// writeError writes {"error": code, "message": msg, "findings": [...]}; code is a stable snake_case string.
func writeError(w http.ResponseWriter, status int, code, msg string, findings []rules.Finding) {
	if findings == nil {
		findings = []rules.Finding{}
	}
	writeJSON(w, status, errorBody{Error: code, Message: msg, Findings: findings})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := marshalJSON(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"error":"`+rules.CodeInternal+`","message":"the answer could not be encoded","findings":[]}`)
	}
	writeRaw(w, status, "application/json", data)
}

func writeRaw(w http.ResponseWriter, status int, contentType string, data []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(data)
}

// marshalJSON encodes v without HTML escaping, newline-terminated.
func marshalJSON(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

func (h *handler) serverError(w http.ResponseWriter, what string, err error) {
	h.logError(what, err)
	writeError(w, http.StatusServiceUnavailable, rules.CodeLedgerUnavailable, "the ledger could not complete the request; retry later", nil)
}

func (h *handler) logError(what string, err error) {
	h.opts.Logger.Error("ledger: "+what, "err", err)
}

func (h *handler) health(w http.ResponseWriter, r *http.Request) {
	writeRaw(w, http.StatusOK, "application/json", []byte(`{"ok":true}`+"\n"))
}

// context answers what the edge knows about the visitor: country and the GPC signal.
func (h *handler) context(w http.ResponseWriter, r *http.Request) {
	country := ""
	if h.opts.Country != nil {
		country = h.opts.Country(r)
	}
	if country == "" {
		country = r.Header.Get("X-Assent-Country")
	}
	country = strings.ToUpper(strings.TrimSpace(country))
	if len(country) != 2 || country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' || country[1] > 'Z' {
		country = ""
	}
	w.Header().Add("Vary", "Sec-GPC, X-Assent-Country")
	writeJSON(w, http.StatusOK, struct {
		Country string `json:"country"`
		GPC     bool   `json:"gpc"`
	}{country, strings.TrimSpace(r.Header.Get("Sec-GPC")) == "1"})
}
