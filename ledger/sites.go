package ledger

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"time"
)

// Site is a site the ledger accepts records for.
type Site struct {
	// Origins are the browser origins ("https://shop.example", scheme://host[:port]) allowed to call the API
	// for this site (CORS); requests from other origins are refused with 403.
	Origins []string
	// ExportKeySHA256 is the lower-case hex SHA-256 of the site's bearer key (see HashKey): the key that reads
	// record contents (GET /v1/records/{id}, /entries with records, /export) and asks for double opt-in tokens
	// (POST /v1/doi). "" means no key: those requests are refused.
	ExportKeySHA256 string
	// AcceptV1 lets the site log new version 1 consent records (unsigned subjects) while its widgets migrate
	// to version 2; without it they are refused (400 v1_not_accepted).
	AcceptV1 bool
	// ConfigPath is the site config file (assent.json) given for the site in `assent serve --sites` (resolved
	// against the sites file's directory), or "". The ledger does not read it; it is there for serving
	// per-site widget data.
	ConfigPath string
}

// HashKey returns the lower-case hex SHA-256 of an export key, the form Site.ExportKeySHA256 and the sites
// table hold.
func HashKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// checkKey reports whether key hashes to wantSHA256, in constant time.
func checkKey(key, wantSHA256 string) bool {
	if wantSHA256 == "" || key == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(HashKey(key)), []byte(strings.ToLower(wantSHA256))) == 1
}

// PutSite registers or replaces a site in db's sites table (the Worker's way to add sites without a
// redeploy; `assent serve` passes them in Options.Sites instead).
func PutSite(ctx context.Context, db *sql.DB, name string, s Site) error {
	acceptV1 := 0
	if s.AcceptV1 {
		acceptV1 = 1
	}
	_, err := db.ExecContext(ctx, `INSERT INTO sites (name, origins, export_key_sha256, accept_v1) VALUES (?1, ?2, ?3, ?4)
		ON CONFLICT (name) DO UPDATE SET origins = excluded.origins, export_key_sha256 = excluded.export_key_sha256,
		accept_v1 = excluded.accept_v1`,
		name, strings.Join(s.Origins, " "), s.ExportKeySHA256, acceptV1)
	return err
}

// siteCacheTTL is how long the sites table is trusted before it is read again.
const siteCacheTTL = 5 * time.Second

// siteCache looks sites up in Options.Sites, then in the sites table (read at most every siteCacheTTL).
type siteCache struct {
	db     *sql.DB
	static map[string]Site

	mu     sync.Mutex
	loaded time.Time
	table  map[string]Site
}

// lookup returns the site named name.
func (c *siteCache) lookup(ctx context.Context, name string) (Site, bool, error) {
	if s, ok := c.static[name]; ok {
		return s, true, nil
	}
	table, err := c.load(ctx)
	if err != nil {
		return Site{}, false, err
	}
	s, ok := table[name]
	return s, ok, nil
}

func (c *siteCache) load(ctx context.Context) (map[string]Site, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.table != nil && time.Since(c.loaded) < siteCacheTTL {
		return c.table, nil
	}
	rows, err := c.db.QueryContext(ctx, `SELECT name, origins, export_key_sha256, accept_v1 FROM sites`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	table := map[string]Site{}
	for rows.Next() {
		var name, origins, key string
		var acceptV1 int64
		if err := rows.Scan(&name, &origins, &key, &acceptV1); err != nil {
			return nil, err
		}
		table[name] = Site{Origins: strings.Fields(origins), ExportKeySHA256: key, AcceptV1: acceptV1 != 0}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	c.table, c.loaded = table, time.Now()
	return table, nil
}

// originAllowed reports whether origin may call the API: for site "" whether any site allows it, else
// whether that site does.
func (c *siteCache) originAllowed(ctx context.Context, origin, site string) (bool, error) {
	if site != "" {
		s, ok, err := c.lookup(ctx, site)
		return ok && slices.Contains(s.Origins, origin), err
	}
	for _, s := range c.static {
		if slices.Contains(s.Origins, origin) {
			return true, nil
		}
	}
	table, err := c.load(ctx)
	if err != nil {
		return false, err
	}
	for _, s := range table {
		if slices.Contains(s.Origins, origin) {
			return true, nil
		}
	}
	return false, nil
}

// SiteSQL returns the SQL statement that registers site name in the sites table, or updates it (the statement
// of PutSite, with its values written in): what `assent site add` prints for `wrangler d1 execute`. name must
// be a valid site name and the origins valid origins; the text values are quoted as SQL strings.
func SiteSQL(name string, s Site) string {
	q := func(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }
	acceptV1 := "0"
	if s.AcceptV1 {
		acceptV1 = "1"
	}
	return "INSERT INTO sites (name, origins, export_key_sha256, accept_v1) VALUES (" + q(name) + ", " +
		q(strings.Join(s.Origins, " ")) + ", " + q(s.ExportKeySHA256) + ", " + acceptV1 + ")\n" +
		"  ON CONFLICT (name) DO UPDATE SET origins = excluded.origins, export_key_sha256 = excluded.export_key_sha256,\n" +
		"  accept_v1 = excluded.accept_v1;\n"
}
