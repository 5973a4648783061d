// Package i18n is the widget's own texts in every language it ships, one JSON file per language in this
// directory (<tag>.json, keys as widget.Strings.Fields names them), embedded here. The build (wasm/build) writes
// them beside the engine and the site loaders' prerendering (widget/prerender) reads them; the engine does not
// link this package: it carries English (widget.English, which en.json must equal) and fetches the one other
// language it shows.
//
// English is the source. Each translation uses the form of address usual in that language's web interfaces
// (Sie, vous, u, vy, Ön; du, tú, tu where informal is the norm) and words "Accept all" and "Reject all" alike.
// %s stands exactly where the English has it. In "placeholder" it is a purpose label from the site config,
// always quoted and, where the language inflects, after a head noun ("the category „%s“") so the label can stay
// in its nominative form. "email" and "sms" are written in the form the "opt_in" and "soft_opt_in" sentences
// need at their %s (de "per E-Mail", pl "e-mailem", fi "sähköpostitse"), so strings.Replace(s.OptIn, "%s",
// s.Email, 1) reads correctly in every language. French puts a no-break space before ":" and inside guillemets
// and a narrow one before ";". nb also serves "no" and "nn" (see widget.CatalogTag).
//
// To add a language: copy en.json to <tag>.json, translate every value, and add the tag to widget.Tags (the
// tests require the files, Tags and the keys to agree).
package i18n

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/assent-dev/assent/widget"
)

//go:embed *.json
var files embed.FS

var (
	once    sync.Once
	catalog map[string]widget.Strings
	loadErr error
)

// Catalog returns every language's texts by tag, read from the embedded files, or an error naming the file and
// the key when a file is not a JSON object with exactly the keys of widget.Strings.Fields, all strings.
func Catalog() (map[string]widget.Strings, error) {
	once.Do(func() { catalog, loadErr = load() })
	return catalog, loadErr
}

func load() (map[string]widget.Strings, error) {
	entries, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	out := map[string]widget.Strings{}
	for _, e := range entries {
		tag := strings.TrimSuffix(e.Name(), ".json")
		data, err := files.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		s, err := parse(data)
		if err != nil {
			return nil, fmt.Errorf("widget/i18n: %s: %w", e.Name(), err)
		}
		out[tag] = s
	}
	return out, nil
}

// parse reads one language file: every key of widget.Strings.Fields, no other, each a string.
func parse(data []byte) (widget.Strings, error) {
	var m map[string]string
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&m); err != nil {
		return widget.Strings{}, err
	}
	var s widget.Strings
	for _, f := range s.Fields() {
		t, ok := m[f.Key]
		if !ok {
			return widget.Strings{}, fmt.Errorf("key %q missing", f.Key)
		}
		*f.Text = t
		delete(m, f.Key)
	}
	for k := range m {
		return widget.Strings{}, fmt.Errorf("unknown key %q", k)
	}
	return s, nil
}

// Lookup returns the widget's texts for lang, from the language widget.CatalogTag chooses. The result is a fresh
// copy, so the caller may overwrite fields with the site's own texts. It panics if the embedded files are
// broken, which the package's tests rule out.
func Lookup(lang string) *widget.Strings {
	c, err := Catalog()
	if err != nil {
		panic(err)
	}
	s, ok := c[widget.CatalogTag(lang)]
	if !ok {
		s = widget.English
	}
	return &s
}
