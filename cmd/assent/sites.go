package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

// sitesFile is the JSON of `assent serve --sites FILE` (docs/contract.md section 2).
type sitesFile struct {
	Sites []siteEntry `json:"sites"`
}

// siteEntry is one site of a sites file: its name (the records' "site"), the browser origins allowed to call
// the API for it, its bearer key (plain text; only its SHA-256 is kept), the path of its assent.json relative
// to the sites file, and whether it still accepts version 1 records.
type siteEntry struct {
	Name     string   `json:"name"`
	Origins  []string `json:"origins"`
	Key      string   `json:"key"`
	Config   string   `json:"config"`
	AcceptV1 bool     `json:"accept_v1"`
}

// siteFlags is what decides the sites of `assent serve`: the --site flags, the --origin list bare --site
// names get, the --sites file, the site key for flag-given sites (ASSENT_EXPORT_KEY) and --accept-v1.
type siteFlags struct {
	sites, origins []string
	file           string
	exportKey      string
	acceptV1       bool
}

// buildSites returns the sites `assent serve` registers. With no --site and no --sites, the demo site with
// self (serve's own origins) when no --origin is given.
func buildSites(f siteFlags, self []string) (map[string]ledger.Site, error) {
	out := map[string]ledger.Site{}
	global, err := cleanOrigins(f.origins)
	if err != nil {
		return nil, err
	}
	if len(global) == 0 {
		global = self
	}
	keyHash := ""
	if f.exportKey != "" {
		keyHash = ledger.HashKey(f.exportKey)
	}
	specs := f.sites
	if len(specs) == 0 && f.file == "" {
		specs = []string{demoSite}
	}
	for _, spec := range specs {
		name, list, bound := strings.Cut(spec, "=")
		origins := global
		if bound {
			if origins, err = cleanOrigins(strings.Split(list, ",")); err != nil {
				return nil, fmt.Errorf("--site %s: %w", spec, err)
			}
		}
		if err := addSite(out, name, ledger.Site{Origins: origins, ExportKeySHA256: keyHash, AcceptV1: f.acceptV1}); err != nil {
			return nil, fmt.Errorf("--site %s: %w", spec, err)
		}
	}
	if f.file != "" {
		if err := readSitesFile(f.file, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readSitesFile adds the sites of a sites file to out. Unknown fields and two sites sharing a key are errors;
// config paths are resolved against the file's directory.
func readSitesFile(path string, out map[string]ledger.Site) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("--sites: %w", err)
	}
	var sf sitesFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sf); err != nil || dec.More() {
		if err == nil {
			err = errors.New("data after the JSON object")
		}
		return fmt.Errorf("--sites %s: %w", path, err)
	}
	if len(sf.Sites) == 0 {
		return errors.New("--sites " + path + `: no sites (want {"sites": [{"name": ..., "origins": [...]}]})`)
	}
	keyOwner := map[string]string{}
	for _, e := range sf.Sites {
		if prev, dup := keyOwner[e.Key]; dup && e.Key != "" {
			return errors.New("--sites " + path + ": sites " + prev + " and " + e.Name + " share a key; give each site its own")
		}
		keyOwner[e.Key] = e.Name
		origins, err := cleanOrigins(e.Origins)
		if err != nil {
			return fmt.Errorf("--sites %s: site %s: %w", path, e.Name, err)
		}
		s := ledger.Site{Origins: origins, AcceptV1: e.AcceptV1}
		if e.Key != "" {
			s.ExportKeySHA256 = ledger.HashKey(e.Key)
		}
		if e.Config != "" {
			s.ConfigPath = e.Config
			if !filepath.IsAbs(e.Config) {
				s.ConfigPath = filepath.Join(filepath.Dir(path), e.Config)
			}
		}
		if err := addSite(out, e.Name, s); err != nil {
			return fmt.Errorf("--sites %s: %w", path, err)
		}
	}
	return nil
}

func addSite(out map[string]ledger.Site, name string, s ledger.Site) error {
	if !proof.ValidSite(name) {
		return errors.New("invalid site name " + strings.TrimSpace(name) + ": use a lower-case host name")
	}
	if _, dup := out[name]; dup {
		return errors.New("site " + name + " is given twice")
	}
	out[name] = s
	return nil
}

// cleanOrigins checks browser origins (scheme://host[:port], no path) and drops a trailing slash.
func cleanOrigins(list []string) ([]string, error) {
	var out []string
	for _, o := range list {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		if o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.User != nil {
			return nil, errors.New("invalid origin " + o + ": want scheme://host[:port]")
		}
		out = append(out, o)
	}
	return out, nil
}
