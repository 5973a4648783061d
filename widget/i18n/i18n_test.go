package i18n

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/assent-dev/assent/widget"
)

// The engine matches languages against widget.Tags without linking the catalog: the files here, Tags and
// widget.Languages list the same languages, and en.json is the English the engine carries.
func TestTagsAreTheFiles(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if tag, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			files = append(files, tag)
		}
	}
	if !slices.Equal(files, widget.Tags[:]) {
		t.Errorf("files %v, widget.Tags %v", files, widget.Tags)
	}
	c, err := Catalog()
	if err != nil {
		t.Fatal(err)
	}
	if len(c) != len(widget.Tags) {
		t.Errorf("the catalog has %d languages, widget.Tags %d", len(c), len(widget.Tags))
	}
	if *Lookup("en") != widget.English {
		t.Errorf("en.json is not widget.English, the English the engine carries")
	}
}

// A language file with a key missing, an unknown key or a value that is not a string is refused, naming it:
// every language has the same keys.
func TestParseRefusesOtherKeys(t *testing.T) {
	en, err := os.ReadFile("en.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parse(en); err != nil {
		t.Fatalf("en.json: %v", err)
	}
	for _, c := range []struct{ name, data, want string }{
		{"missing", strings.Replace(string(en), `"sms": "text message"`, `"smss": "text message"`, 1), `key "sms" missing`},
		{"unknown", strings.Replace(string(en), `"sms": "text message"`, `"sms": "text message", "fax": "fax"`, 1), `unknown key "fax"`},
		{"not a string", strings.Replace(string(en), `"sms": "text message"`, `"sms": 1`, 1), "cannot unmarshal number"},
		{"not an object", `["title"]`, "cannot unmarshal array"},
	} {
		if _, err := parse([]byte(c.data)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

type namedText struct{ name, text string }

// texts lists every field of s with its JSON name (Fields).
func texts(s *widget.Strings) []namedText {
	var out []namedText
	for _, f := range s.Fields() {
		out = append(out, namedText{f.Key, *f.Text})
	}
	return out
}

func TestI18nEveryFieldFilled(t *testing.T) {
	for _, lang := range widget.Languages() {
		for _, f := range texts(Lookup(lang)) {
			switch {
			case strings.TrimSpace(f.text) == "":
				t.Errorf("%s.%s is empty", lang, f.name)
			case f.text != strings.TrimSpace(f.text) || strings.Contains(f.text, "  "):
				t.Errorf("%s.%s has stray spaces: %q", lang, f.name, f.text)
			}
		}
	}
}

func TestI18nPlaceholders(t *testing.T) {
	en := texts(Lookup("en"))
	for _, lang := range widget.Languages() {
		for i, f := range texts(Lookup(lang)) {
			want := strings.Count(en[i].text, "%s")
			if got := strings.Count(f.text, "%s"); got != want {
				t.Errorf("%s.%s has %d %%s, English has %d: %q", lang, f.name, got, want, f.text)
			}
			if strings.Count(f.text, "%") != strings.Count(f.text, "%s") {
				t.Errorf("%s.%s has a %% that is not %%s: %q", lang, f.name, f.text)
			}
		}
	}
	for _, f := range []string{"Placeholder", "OptIn", "SoftOptIn"} {
		if n := strings.Count(fieldOf(Lookup("en"), f), "%s"); n != 1 {
			t.Errorf("en.%s has %d %%s, want 1", f, n)
		}
	}
}

// TestI18nChannelSentences fills the marketing sentences as the forms do and checks the channel name lands inside.
func TestI18nChannelSentences(t *testing.T) {
	for _, lang := range widget.Languages() {
		s := Lookup(lang)
		for _, ch := range []string{s.Email, s.SMS} {
			for _, tmpl := range []string{s.OptIn, s.SoftOptIn} {
				got := strings.Replace(tmpl, "%s", ch, 1)
				if strings.Contains(got, "%") || !strings.Contains(got, " "+ch) {
					t.Errorf("%s: %q with %q gives %q", lang, tmpl, ch, got)
				}
			}
		}
		if s.Email == s.SMS {
			t.Errorf("%s: Email and SMS are both %q", lang, s.Email)
		}
	}
}

func TestI18nAcceptRejectEqualTone(t *testing.T) {
	for _, lang := range widget.Languages() {
		s := Lookup(lang)
		if s.AcceptAll == s.RejectAll {
			t.Errorf("%s: AcceptAll and RejectAll are both %q", lang, s.AcceptAll)
		}
		a, r := len([]rune(s.AcceptAll)), len([]rune(s.RejectAll))
		if 2*max(a, r) > 3*min(a, r) {
			t.Errorf("%s: %q and %q differ too much in length for equal buttons", lang, s.AcceptAll, s.RejectAll)
		}
		for _, f := range []string{"AcceptAll", "RejectAll", "Customise", "Save", "Withdraw", "PlaceholderAccept"} {
			if v := fieldOf(s, f); v == s.Title || v == s.Reopen {
				t.Errorf("%s.%s %q repeats a heading", lang, f, v)
			}
		}
	}
}

// allowedSameTitle lists language pairs whose titles may be identical because the words are the same in both.
// None today: every language's Title is its own.
var allowedSameTitle = map[string]bool{}

func TestI18nTitlesDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, lang := range widget.Languages() {
		title := Lookup(lang).Title
		if other, ok := seen[title]; ok && !allowedSameTitle[other+" "+lang] {
			t.Errorf("%s and %s share the Title %q", other, lang, title)
		}
		seen[title] = lang
	}
}

// sentenceFields are full texts that no translation may leave in English.
var sentenceFields = []string{"Title", "Body", "AcceptAll", "RejectAll", "Save", "Preferences", "PreferencesIntro",
	"Policy", "Reopen", "Withdraw", "Placeholder", "PlaceholderAccept", "Objection", "GPC", "OptIn", "SoftOptIn", "SoftOptOut",
	"DoubleOptIn"}

func TestI18nTranslated(t *testing.T) {
	en := Lookup("en")
	for _, lang := range widget.Languages() {
		if lang == "en" {
			continue
		}
		s := Lookup(lang)
		for _, f := range sentenceFields {
			if fieldOf(s, f) == fieldOf(en, f) {
				t.Errorf("%s.%s is the English text %q", lang, f, fieldOf(s, f))
			}
		}
	}
}

// TestI18nPunctuation checks the shape a banner needs: labels start with a capital and carry no full stop,
// sentences end with one, and the preferences intro names the reopen control by its label.
func TestI18nPunctuation(t *testing.T) {
	labels := []string{"Title", "AcceptAll", "RejectAll", "Customise", "Save", "Close", "Preferences", "AlwaysOn",
		"Services", "Provider", "Cookies", "Retention", "Policy", "Reopen", "Withdraw", "PlaceholderAccept", "OptIn",
		"SoftOptOut"}
	sentences := []string{"Body", "PreferencesIntro", "Placeholder", "Objection", "GPC", "SoftOptIn", "DoubleOptIn"}
	for _, lang := range widget.Languages() {
		s := Lookup(lang)
		for _, f := range labels {
			v := fieldOf(s, f)
			if r := []rune(v)[0]; !unicode.IsUpper(r) {
				t.Errorf("%s.%s does not start with a capital: %q", lang, f, v)
			}
			if strings.HasSuffix(v, ".") {
				t.Errorf("%s.%s is a label but ends with a full stop: %q", lang, f, v)
			}
		}
		for _, f := range sentences {
			v := fieldOf(s, f)
			if r := []rune(v)[0]; !unicode.IsUpper(r) || !strings.HasSuffix(v, ".") {
				t.Errorf("%s.%s is not a capitalised sentence ending in a full stop: %q", lang, f, v)
			}
		}
		if !strings.Contains(strings.ToLower(s.PreferencesIntro), strings.ToLower(s.Reopen)) {
			t.Errorf("%s.PreferencesIntro does not name the reopen control %q: %q", lang, s.Reopen, s.PreferencesIntro)
		}
	}
}

// TestI18nScript catches letters from the wrong alphabet (a Cyrillic "а" in a Latin text looks right and is not)
// and Romanian s/t with cedilla instead of comma.
func TestI18nScript(t *testing.T) {
	script := map[string]*unicode.RangeTable{"bg": unicode.Cyrillic, "el": unicode.Greek}
	for _, lang := range widget.Languages() {
		own := script[lang]
		for _, f := range texts(Lookup(lang)) {
			for _, r := range f.text {
				if !unicode.IsLetter(r) {
					continue
				}
				ok := unicode.Is(unicode.Latin, r)
				if own != nil {
					ok = unicode.Is(own, r) || (ok && r < 0x80) // ASCII only for names like "Global Privacy Control"
				}
				if !ok {
					t.Errorf("%s.%s has %q (U+%04X) from another script: %q", lang, f.name, r, r, f.text)
				}
			}
		}
		if own != nil {
			for _, f := range []string{"Title", "AcceptAll", "RejectAll", "Reopen"} {
				for _, r := range fieldOf(Lookup(lang), f) {
					if unicode.IsLetter(r) && !unicode.Is(own, r) {
						t.Errorf("%s.%s has the Latin letter %q", lang, f, r)
					}
				}
			}
		}
	}
	for _, f := range texts(Lookup("ro")) {
		if strings.ContainsAny(f.text, "şţŞŢ") {
			t.Errorf("ro.%s uses s/t with cedilla instead of comma below (ș, ț): %q", f.name, f.text)
		}
	}
}

func TestLookup(t *testing.T) {
	title := func(lang string) string { return Lookup(lang).Title }
	for _, c := range []struct{ in, want string }{
		{"de", "de"}, {"de-AT", "de"}, {"DE-at", "de"}, {"pt_BR", "pt"}, {"pt-PT", "pt"}, {"en-GB", "en"},
		{"no", "nb"}, {"nn", "nb"}, {"nb-NO", "nb"}, {"nn-NO", "nb"}, {"ga-IE", "ga"}, {"sv-FI", "sv"},
		{"", "en"}, {"zz", "en"}, {"ja-JP", "en"}, {"*", "en"}, {"und", "en"}, {"x-private", "en"},
	} {
		if got, want := title(c.in), title(c.want); got != want {
			t.Errorf("Lookup(%q).Title = %q, want %s's %q", c.in, got, c.want, want)
		}
	}
	if Lookup("fr").AcceptAll != "Tout accepter" || Lookup("de").RejectAll != "Alle ablehnen" {
		t.Errorf("Lookup does not return the language asked for")
	}
	s := Lookup("en")
	s.Title = "Changed by a site"
	if Lookup("en").Title != "Your privacy choices" {
		t.Errorf("changing a Lookup result changed the catalog")
	}
}

// fieldOf returns the field of s named name (its Go name).
func fieldOf(s *widget.Strings, name string) string {
	f := reflect.ValueOf(*s).FieldByName(name)
	if !f.IsValid() {
		panic("no field " + name)
	}
	return f.String()
}

// TestI18nEnglishSource pins the English texts every translation is made from.
func TestI18nEnglishSource(t *testing.T) {
	want := []string{
		"Your privacy choices",
		"We use cookies and similar technologies for the purposes below. Necessary ones keep the site working; " +
			"the others are used only if you allow them. You can change your mind at any time.",
		"Accept all", "Reject all", "Customise", "Save choices", "Close", "Privacy preferences",
		"Choose which purposes you allow. You can change this at any time from the privacy choices button.",
		"Always on", "Services", "Provider", "Cookies", "Retention", "Privacy policy", "Privacy choices",
		"Withdraw consent", "This content is blocked until you allow %s.", "Allow and load",
		"Used without consent under a legal exemption; untick to object.",
		"Your browser sent a Global Privacy Control signal: advertising stays off unless you switch it on.",
		"Send me news and offers by %s",
		"As a customer, you will receive offers about similar products by %s. You can opt out now or in any message.",
		"Do not send me these offers",
		"We will send you a confirmation link: your subscription starts only when you click it.",
		"email", "text message",
	}
	for i, f := range texts(Lookup("en")) {
		if f.text != want[i] {
			t.Errorf("en.%s = %q, want %q", f.name, f.text, want[i])
		}
	}
}
