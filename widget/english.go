package widget

// English is the source language and the widget's own fallback: the engine carries it, and fetches any other
// language's texts as JSON the build writes from the catalog in widget/i18n (see Fields); widget/i18n/en.json
// must equal it.
var English = Strings{
	Title:             "Your privacy choices",
	Body:              "We use cookies and similar technologies for the purposes below. Necessary ones keep the site working; the others are used only if you allow them. You can change your mind at any time.",
	AcceptAll:         "Accept all",
	RejectAll:         "Reject all",
	Customise:         "Customise",
	Save:              "Save choices",
	Close:             "Close",
	Preferences:       "Privacy preferences",
	PreferencesIntro:  "Choose which purposes you allow. You can change this at any time from the privacy choices button.",
	AlwaysOn:          "Always on",
	Services:          "Services",
	Provider:          "Provider",
	Cookies:           "Cookies",
	Retention:         "Retention",
	Policy:            "Privacy policy",
	Reopen:            "Privacy choices",
	Withdraw:          "Withdraw consent",
	Placeholder:       "This content is blocked until you allow %s.",
	PlaceholderAccept: "Allow and load",
	Objection:         "Used without consent under a legal exemption; untick to object.",
	GPC:               "Your browser sent a Global Privacy Control signal: advertising stays off unless you switch it on.",
	OptIn:             "Send me news and offers by %s",
	SoftOptIn:         "As a customer, you will receive offers about similar products by %s. You can opt out now or in any message.",
	SoftOptOut:        "Do not send me these offers",
	DoubleOptIn:       "We will send you a confirmation link: your subscription starts only when you click it.",
	Email:             "email",
	SMS:               "text message",
}
