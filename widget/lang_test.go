package widget

import (
	"strings"
	"testing"
)

func TestMatchLanguage(t *testing.T) {
	for _, c := range []struct {
		name       string
		configured []string
		html       string
		navigator  []string
		want       string
	}{
		// Precedence: the config limits the choice; the page's language beats the browser's.
		{"html lang beats navigator", []string{"en", "fr"}, "fr", []string{"en"}, "fr"},
		{"html lang beats config order", []string{"fr", "en"}, "en", []string{"fr"}, "en"},
		{"html base match beats navigator exact", []string{"en", "fr"}, "fr-CA", []string{"en"}, "fr"},
		{"unconfigured html lang falls to navigator", []string{"en", "fr"}, "de", []string{"fr"}, "fr"},
		{"navigator in order", []string{"en", "fr", "de"}, "", []string{"it", "de-CH", "fr"}, "de"},
		{"navigator base match beats later exact", []string{"en", "fr"}, "", []string{"fr-BE", "en"}, "fr"},
		{"nothing matches: first configured", []string{"fr", "en"}, "de", []string{"it", "es"}, "fr"},
		{"nothing asked: first configured", []string{"fr", "en"}, "", nil, "fr"},
		{"blank configured entries skipped", []string{"", " ", "nl"}, "", nil, "nl"},

		// Matching: exact > tag the wanted one extends > same base language; ties by config order.
		{"exact beats base", []string{"de", "de-AT"}, "de-AT", nil, "de-AT"},
		{"parent beats sibling region", []string{"de-CH", "de"}, "de-AT", nil, "de"},
		{"sibling regions by config order", []string{"de-DE", "de-CH"}, "", []string{"de"}, "de-DE"},
		{"regional config for bare request", []string{"en-GB", "fr-FR"}, "fr", nil, "fr-FR"},
		{"longest prefix wins", []string{"sr", "sr-Latn"}, "sr-Latn-RS", nil, "sr-Latn"},
		{"pt-BR config for pt-PT page", []string{"en", "pt-BR"}, "pt-PT", nil, "pt-BR"},
		{"case-insensitive, returned as written", []string{"en", "PT-br"}, "pt-br", nil, "PT-br"},
		{"underscore read as hyphen", []string{"en", "fr-FR"}, "", []string{"fr_FR"}, "fr-FR"},

		// Norwegian: "no" and "nn" fall back to nb, in both directions.
		{"no to nb", []string{"en", "nb"}, "", []string{"no"}, "nb"},
		{"nn to nb", []string{"en", "nb"}, "nn-NO", nil, "nb"},
		{"nb to configured no", []string{"en", "no"}, "", []string{"nb-NO"}, "no"},
		{"no-NO to nb-NO over nb", []string{"nb", "nb-NO"}, "no-NO", nil, "nb-NO"},
		{"exact nn beats alias", []string{"nb", "nn"}, "nn", nil, "nn"},

		// Tags that ask for nothing.
		{"star ignored", []string{"en", "fr"}, "*", []string{"fr"}, "fr"},
		{"und ignored", []string{"en", "fr"}, "und", []string{"fr"}, "fr"},
		{"private use ignored", []string{"en", "fr"}, "x-pig-latin", []string{"fr"}, "fr"},
		{"template junk ignored", []string{"en", "fr"}, "{{lang}}", []string{"fr"}, "fr"},

		// Without configured languages, the widget's catalog.
		{"catalog: nothing at all", nil, "", nil, "en"},
		{"catalog: html region", nil, "de-AT", []string{"fr"}, "de"},
		{"catalog: navigator", []string{}, "", []string{"ja", "ga-IE"}, "ga"},
		{"catalog: no", nil, "no", nil, "nb"},
		{"catalog: nn-NO", nil, "", []string{"nn-NO"}, "nb"},
		{"catalog: pt-BR", nil, "pt-BR", nil, "pt"},
		{"catalog: unknown", nil, "ja", []string{"zh-CN"}, "en"},
	} {
		if got := MatchLanguage(c.configured, c.html, c.navigator); got != c.want {
			t.Errorf("%s: MatchLanguage(%q, %q, %q) = %q, want %q", c.name, c.configured, c.html, c.navigator,
				got, c.want)
		}
	}
}

// TestMatchLanguageCatalogEveryLanguage shows every shipped language can be chosen by a browser asking for it
// with a region.
func TestMatchLanguageCatalogEveryLanguage(t *testing.T) {
	for _, lang := range Languages() {
		if got := MatchLanguage(nil, "", []string{"xx", strings.ToUpper(lang) + "-XX"}); got != lang {
			t.Errorf("navigator %s-XX matched %q", lang, got)
		}
	}
}

func TestLocalized(t *testing.T) {
	analytics := map[string]string{"en": "Analytics", "fr": "Mesure d'audience"}
	for _, c := range []struct {
		name string
		m    map[string]string
		lang string
		want string
	}{
		{"exact", analytics, "fr", "Mesure d'audience"},
		{"case-insensitive", analytics, "FR", "Mesure d'audience"},
		{"base language", analytics, "fr-CA", "Mesure d'audience"},
		{"English fallback", analytics, "de", "Analytics"},
		{"regional key for base", map[string]string{"pt-BR": "Análise", "en": "Analytics"}, "pt", "Análise"},
		{"parent key beats sibling", map[string]string{"de-CH": "CH", "de": "DE"}, "de-AT", "DE"},
		{"plain string label", map[string]string{"": "Marketing"}, "fr", "Marketing"},
		{"English before plain string", map[string]string{"": "Plain", "en": "English"}, "de", "English"},
		{"own language before plain string", map[string]string{"": "Plain", "de": "Deutsch"}, "de", "Deutsch"},
		{"regional English", map[string]string{"en-US": "Color", "fr": "Couleur"}, "de", "Color"},
		{"English variants in sorted order", map[string]string{"en-US": "Color", "en-GB": "Colour"}, "de", "Colour"},
		{"any value, sorted keys", map[string]string{"fr": "Mesure", "de": "Messung"}, "it", "Messung"},
		{"Norwegian alias", map[string]string{"nb": "Markedsføring", "en": "Marketing"}, "no", "Markedsføring"},
		{"empty text is missing", map[string]string{"fr": "", "en": "Analytics"}, "fr", "Analytics"},
		{"empty lang", analytics, "", "Analytics"},
		{"empty lang is not the plain key", map[string]string{"": "Plain", "en": "English"}, "", "English"},
		{"nil map", nil, "fr", ""},
		{"only empty texts", map[string]string{"fr": ""}, "fr", ""},
	} {
		if got := Localized(c.m, c.lang); got != c.want {
			t.Errorf("%s: Localized(%q, %q) = %q, want %q", c.name, c.m, c.lang, got, c.want)
		}
	}
}

// TestLocalizedDeterministic asks many times: map iteration order must never show.
func TestLocalizedDeterministic(t *testing.T) {
	m := map[string]string{"fr": "1", "de": "2", "it": "3", "es": "4", "nl": "5", "sv": "6", "pl": "7"}
	for i := 0; i < 50; i++ {
		if got := Localized(m, "ja"); got != "2" {
			t.Fatalf("Localized with no match = %q, want the value of the first key in sorted order", got)
		}
	}
}
