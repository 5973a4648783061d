package main

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
)

// The Worker's configuration, from wrangler vars and secrets:
//
//	ASSENT_SIGNING_KEY  (secret) the private key text printed into the file by `assent keygen`
//	ASSENT_SITES        sites and their allowed origins: "site=origin,origin site2=origin" (space or ';'
//	                    between sites); more sites may be put in the D1 sites table (ledger.PutSite)
//	ASSENT_EXPORT_KEYS  (secret) "site=<hex SHA-256 of the site key>" entries, space or ';' separated: the
//	                    bearer key that reads the site's records, exports its log and asks for double opt-in
//	ASSENT_ACCEPT_V1    sites (space or ';' separated) that still accept version 1 records while their widgets
//	                    migrate to version 2 (signed subjects)
//	ASSENT_RETIRED_KEYS verifier keys (name+hash+key, space separated) of signing keys used before
//	                    ASSENT_SIGNING_KEY: GET /v1/keys keeps listing them, so older receipts keep verifying
//	ASSENT_SITE_CONFIGS "site=path" entries: each site's assent.json (ledger.Site.ConfigPath)
//
// optionsFromEnv reads them with getenv.
func optionsFromEnv(getenv func(string) string) (ledger.Options, error) {
	signer, vkey, err := proof.NewSigner(getenv("ASSENT_SIGNING_KEY"))
	if err != nil {
		return ledger.Options{}, fmt.Errorf("worker: ASSENT_SIGNING_KEY: %w", err)
	}
	sites, err := parseSites(getenv("ASSENT_SITES"), getenv("ASSENT_EXPORT_KEYS"))
	if err != nil {
		return ledger.Options{}, err
	}
	if err := siteOptions(sites, getenv("ASSENT_ACCEPT_V1"), getenv("ASSENT_SITE_CONFIGS")); err != nil {
		return ledger.Options{}, err
	}
	retired := fieldsOf(getenv("ASSENT_RETIRED_KEYS"))
	for _, k := range retired {
		if _, err := proof.NewVerifier(k); err != nil {
			return ledger.Options{}, fmt.Errorf("worker: ASSENT_RETIRED_KEYS: %w", err)
		}
	}
	return ledger.Options{Signer: signer, VerifierKey: vkey, RetiredKeys: retired, Sites: sites}, nil
}

// siteOptions applies ASSENT_ACCEPT_V1 and ASSENT_SITE_CONFIGS to the sites of ASSENT_SITES.
func siteOptions(sites map[string]ledger.Site, acceptV1, configs string) error {
	for _, name := range fieldsOf(acceptV1) {
		s, ok := sites[name]
		if !ok {
			return errors.New("worker: ASSENT_ACCEPT_V1: " + name + " is not in ASSENT_SITES")
		}
		s.AcceptV1 = true
		sites[name] = s
	}
	for _, item := range fieldsOf(configs) {
		name, path, _ := strings.Cut(item, "=")
		s, ok := sites[name]
		if !ok || path == "" {
			return errors.New("worker: ASSENT_SITE_CONFIGS: want site=path for a site in ASSENT_SITES: " + name)
		}
		s.ConfigPath = path
		sites[name] = s
	}
	return nil
}

// parseSites reads ASSENT_SITES and ASSENT_EXPORT_KEYS.
func parseSites(sites, exportKeys string) (map[string]ledger.Site, error) {
	out := map[string]ledger.Site{}
	for _, item := range fieldsOf(sites) {
		name, origins, _ := strings.Cut(item, "=")
		if !proof.ValidSite(name) {
			return nil, errors.New("worker: ASSENT_SITES: invalid site name " + name)
		}
		s := out[name]
		for _, o := range strings.Split(origins, ",") {
			if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
				s.Origins = append(s.Origins, o)
			}
		}
		out[name] = s
	}
	for _, item := range fieldsOf(exportKeys) {
		name, hash, _ := strings.Cut(item, "=")
		hash = strings.ToLower(hash)
		s, ok := out[name]
		if !ok || len(hash) != 64 || strings.Trim(hash, "0123456789abcdef") != "" {
			return nil, errors.New("worker: ASSENT_EXPORT_KEYS: want site=<64 hex SHA-256> for a site in ASSENT_SITES: " + name)
		}
		s.ExportKeySHA256 = hash
		out[name] = s
	}
	return out, nil
}

func fieldsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ' ' || r == '\n' || r == '\t' })
}

// configError answers 500 when the Worker is not configured.
func configError(w http.ResponseWriter, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write([]byte(`{"error":"` + rules.CodeLedgerMisconfigured + `","message":` + quote(err.Error()) + `,"findings":[]}` + "\n"))
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			b.WriteString(" ")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
