package widget

// Strings are the widget's own texts in one language. Site configs may override Title and Body (and any other
// field) per language through `texts`; everything else comes from here.
type Strings struct {
	Title             string // banner heading
	Body              string // banner text before the site's own
	AcceptAll         string // "Accept all"
	RejectAll         string // "Reject all"
	Customise         string // opens the preferences layer
	Save              string // saves the preferences
	Close             string // closes the preferences (accessible name of the close button)
	Preferences       string // preferences heading
	PreferencesIntro  string // one sentence: choose per purpose, change any time
	AlwaysOn          string // state of a required purpose ("Always on")
	Services          string // "Services"
	Provider          string // "Provider"
	Cookies           string // "Cookies"
	Retention         string // "Retention"
	Policy            string // link text to the privacy policy
	Reopen            string // accessible name of the always-present reopen control ("Privacy choices")
	Withdraw          string // "Withdraw consent"
	Placeholder       string // blocked embed: "This content is blocked until you allow %s." (%s = purpose label)
	PlaceholderAccept string // button on a blocked embed: "Allow and load"
	GPC               string // note shown when Global Privacy Control is on
	OptIn             string // marketing opt-in checkbox: "Send me news and offers by %s" (%s = channel name)
	SoftOptIn         string // soft opt-in notice: "We will send you offers about similar products by %s. ..."
	SoftOptOut        string // the opt-out checkbox next to it: "Do not send me these"
	DoubleOptIn       string // "We will send a confirmation link: your subscription starts when you click it."
	Email             string // channel name "email"
	SMS               string // channel name "text message"
}

// entry is one language of the catalog: its BCP 47 tag and its texts.
type entry struct {
	tag string
	s   Strings
}

// Lookup returns the widget's texts for lang: the catalog language equal to lang, else the one of its base
// language (de-AT -> de, pt-BR -> pt, "no" and "nn" -> nb), else English. Matching is case-insensitive and accepts
// "_" for "-". The result is a fresh copy, so the caller may overwrite fields with the site's own texts.
//
// Email and SMS are written in the form the OptIn and SoftOptIn sentences need where %s stands (pl "e-mailem",
// fi "sähköpostitse"), so strings.Replace(s.OptIn, "%s", s.Email, 1) reads correctly in every language.
func Lookup(lang string) *Strings {
	i := bestMatch(len(catalog), catalogTag, lang)
	if i < 0 {
		i = bestMatch(len(catalog), catalogTag, "en")
	}
	s := catalog[i].s
	return &s
}

// catalogTag returns the tag of the i-th catalog entry.
func catalogTag(i int) string { return catalog[i].tag }

// Languages returns the tags of the languages the widget has texts for, sorted. The slice is the caller's.
func Languages() []string {
	tags := make([]string, len(catalog))
	for i := range catalog {
		tags[i] = catalogTag(i)
	}
	return tags
}
