package widget

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// wantLanguages are the 24 official EU languages plus Norwegian Bokmål and Icelandic.
var wantLanguages = []string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
	"it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}

// The engine receives every language but English as JSON written through Fields: a field Fields misses would
// stay English on the visitor's screen.
func TestFieldsCoverEveryText(t *testing.T) {
	var s Strings
	fs := s.Fields()
	if n := reflect.TypeOf(s).NumField(); len(fs) != n {
		t.Fatalf("Fields lists %d texts, Strings has %d fields", len(fs), n)
	}
	keys := map[string]bool{}
	for i, f := range fs {
		if keys[f.Key] {
			t.Errorf("key %q twice", f.Key)
		}
		keys[f.Key] = true
		*f.Text = f.Key
		if got := reflect.ValueOf(s).Field(i).String(); got != f.Key {
			t.Errorf("field %d (%s) is not written through Fields()[%d] (%q)", i, reflect.TypeOf(s).Field(i).Name, i, f.Key)
		}
	}
}

func TestCatalogTag(t *testing.T) {
	for lang, want := range map[string]string{"de-AT": "de", "pt_BR": "pt", "no": "nb", "nn-NO": "nb", "zh": "en", "": "en", "FR": "fr"} {
		if got := CatalogTag(lang); got != want {
			t.Errorf("CatalogTag(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestLanguages(t *testing.T) {
	got := Languages()
	if strings.Join(got, " ") != strings.Join(wantLanguages, " ") {
		t.Fatalf("Languages() = %v, want %v", got, wantLanguages)
	}
	if !sort.StringsAreSorted(got) {
		t.Errorf("Languages() not sorted: %v", got)
	}
	got[0] = "xx"
	if Languages()[0] != "bg" {
		t.Errorf("Languages() shares its slice with the catalog")
	}
}
