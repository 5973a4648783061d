package widget

// Strings are the widget's own texts in one language (package widget/i18n has them for every language). Site configs may override Title and Body (and any other
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
	Objection         string // under a purpose used without consent by a legal exemption that allows objection
	GPC               string // note shown when Global Privacy Control is on
	OptIn             string // marketing opt-in checkbox: "Send me news and offers by %s" (%s = channel name)
	SoftOptIn         string // soft opt-in notice: "We will send you offers about similar products by %s. ..."
	SoftOptOut        string // the opt-out checkbox next to it: "Do not send me these"
	DoubleOptIn       string // "We will send a confirmation link: your subscription starts when you click it."
	Email             string // channel name "email"
	SMS               string // channel name "text message"
}

// Tags are the languages of the catalog, sorted: the 24 official EU languages, Norwegian Bokmål and Icelandic.
// The engine matches against this list without linking the catalog (widget/i18n, one JSON file per language);
// that package's tests keep the two equal.
var Tags = [...]string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
	"lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}

// CatalogTag returns the catalog language that serves lang: the tag equal to lang, else the one of its base
// language (de-AT -> de, pt-BR -> pt, "no" and "nn" -> nb), else "en". Matching is case-insensitive and accepts
// "_" for "-".
func CatalogTag(lang string) string {
	if i := bestMatch(len(Tags), func(i int) string { return Tags[i] }, lang); i >= 0 {
		return Tags[i]
	}
	return "en"
}

// Languages returns the tags of the languages the widget has texts for, sorted. The slice is the caller's.
func Languages() []string {
	return append([]string(nil), Tags[:]...)
}

// Field is one text of Strings under its JSON name (the name of the language files the build writes).
type Field struct {
	Key  string
	Text *string
}

// Fields lists every text of s with its JSON name, in declaration order; writing through Text sets s's field.
func (s *Strings) Fields() []Field {
	return []Field{{"title", &s.Title}, {"body", &s.Body}, {"accept_all", &s.AcceptAll},
		{"reject_all", &s.RejectAll}, {"customise", &s.Customise}, {"save", &s.Save}, {"close", &s.Close},
		{"preferences_title", &s.Preferences}, {"preferences_intro", &s.PreferencesIntro},
		{"always_on", &s.AlwaysOn}, {"services", &s.Services}, {"provider", &s.Provider}, {"cookies", &s.Cookies},
		{"retention", &s.Retention}, {"policy", &s.Policy}, {"reopen", &s.Reopen}, {"withdraw", &s.Withdraw},
		{"placeholder", &s.Placeholder}, {"placeholder_accept", &s.PlaceholderAccept},
		{"objection", &s.Objection}, {"gpc", &s.GPC},
		{"opt_in", &s.OptIn}, {"soft_opt_in", &s.SoftOptIn}, {"soft_opt_out", &s.SoftOptOut},
		{"double_opt_in", &s.DoubleOptIn}, {"email", &s.Email}, {"sms", &s.SMS}}
}
