package main

import "github.com/assent-dev/assent/rules"

// purposePreset is a purpose `assent init` can write: its labels and descriptions in the languages given
// here (other languages fall back to English, which `assent validate` reports as missing_translation), and the
// services a site can pick for it.
type purposePreset struct {
	id          string
	label       rules.Text
	description rules.Text
	services    []servicePreset
}

// servicePreset is a well-known service: who provides it, the cookies it sets and how long they last, as the
// provider documents them (check them against your own setup; they are a starting point).
type servicePreset struct {
	key string // the name on the command line: --purpose analytics:plausible
	svc rules.Service
}

// purposePresets are the purposes `assent init` knows, in the order they are written. necessary is always
// written (required); the others when chosen.
var purposePresets = []purposePreset{
	{id: "necessary",
		label: rules.Text{"en": "Strictly necessary", "fr": "Strictement nécessaires", "de": "Unbedingt erforderlich",
			"es": "Estrictamente necesarias", "it": "Strettamente necessari", "nl": "Strikt noodzakelijk"},
		description: rules.Text{"en": "Keep the site working and remember your privacy choices.",
			"fr": "Font fonctionner le site et retiennent vos choix de confidentialité.",
			"de": "Halten die Website am Laufen und merken sich Ihre Datenschutzauswahl.",
			"es": "Mantienen el sitio en funcionamiento y recuerdan sus opciones de privacidad.",
			"it": "Fanno funzionare il sito e ricordano le sue scelte sulla privacy.",
			"nl": "Houden de site werkend en onthouden uw privacykeuzes."}},
	{id: "analytics",
		label: rules.Text{"en": "Analytics", "fr": "Mesure d'audience", "de": "Statistik", "es": "Analítica",
			"it": "Statistiche", "nl": "Statistieken"},
		description: rules.Text{"en": "Count visits and see which pages are used, to improve the site.",
			"fr": "Compter les visites et voir quelles pages sont lues, pour améliorer le site.",
			"de": "Besuche zählen und sehen, welche Seiten genutzt werden, um die Website zu verbessern.",
			"es": "Contar las visitas y ver qué páginas se usan, para mejorar el sitio.",
			"it": "Contare le visite e vedere quali pagine sono usate, per migliorare il sito.",
			"nl": "Bezoeken tellen en zien welke pagina's gebruikt worden, om de site te verbeteren."},
		services: []servicePreset{
			{"plausible", rules.Service{Name: "Plausible Analytics", Provider: "Plausible Insights OÜ", Retention: "No cookies", URL: "https://plausible.io/privacy"}},
			{"google-analytics", rules.Service{Name: "Google Analytics", Provider: "Google Ireland Limited", Cookies: []string{"_ga", "_ga_*"}, Retention: "2 years", URL: "https://policies.google.com/privacy"}},
			{"matomo", rules.Service{Name: "Matomo", Provider: "InnoCraft Ltd", Cookies: []string{"_pk_id.*", "_pk_ses.*"}, Retention: "13 months", URL: "https://matomo.org/privacy-policy/"}},
		}},
	{id: "marketing",
		label: rules.Text{"en": "Marketing", "fr": "Publicité", "de": "Marketing", "es": "Marketing",
			"it": "Marketing", "nl": "Marketing"},
		description: rules.Text{"en": "Show you our offers on other sites and measure our adverts.",
			"fr": "Vous montrer nos offres sur d'autres sites et mesurer nos publicités.",
			"de": "Ihnen unsere Angebote auf anderen Websites zeigen und unsere Werbung messen.",
			"es": "Mostrarle nuestras ofertas en otros sitios y medir nuestros anuncios.",
			"it": "Mostrarle le nostre offerte su altri siti e misurare i nostri annunci.",
			"nl": "U onze aanbiedingen op andere sites tonen en onze advertenties meten."},
		services: []servicePreset{
			{"google-ads", rules.Service{Name: "Google Ads", Provider: "Google Ireland Limited", Cookies: []string{"_gcl_au", "IDE"}, Retention: "90 days", URL: "https://policies.google.com/privacy"}},
			{"meta-pixel", rules.Service{Name: "Meta Pixel", Provider: "Meta Platforms Ireland Limited", Cookies: []string{"_fbp"}, Retention: "90 days", URL: "https://www.facebook.com/privacy/policy/"}},
			{"linkedin-insight", rules.Service{Name: "LinkedIn Insight Tag", Provider: "LinkedIn Ireland Unlimited Company", Cookies: []string{"li_fat_id", "bcookie"}, Retention: "1 year", URL: "https://www.linkedin.com/legal/privacy-policy"}},
			{"tiktok-pixel", rules.Service{Name: "TikTok Pixel", Provider: "TikTok Technology Limited", Cookies: []string{"_ttp"}, Retention: "13 months", URL: "https://www.tiktok.com/legal/privacy-policy-eea"}},
		}},
	{id: "functional",
		label: rules.Text{"en": "Functional", "fr": "Fonctionnels", "de": "Funktional", "es": "Funcionales",
			"it": "Funzionali", "nl": "Functioneel"},
		description: rules.Text{"en": "Extra features such as live chat, which remember your settings.",
			"fr": "Des fonctions en plus, comme le chat en direct, qui retiennent vos réglages.",
			"de": "Zusätzliche Funktionen wie Live-Chat, die sich Ihre Einstellungen merken.",
			"es": "Funciones adicionales, como el chat en vivo, que recuerdan sus ajustes.",
			"it": "Funzioni aggiuntive, come la chat dal vivo, che ricordano le sue impostazioni.",
			"nl": "Extra functies zoals livechat, die uw instellingen onthouden."},
		services: []servicePreset{
			{"intercom", rules.Service{Name: "Intercom", Provider: "Intercom R&D Unlimited Company", Cookies: []string{"intercom-id-*", "intercom-session-*"}, Retention: "9 months", URL: "https://www.intercom.com/legal/privacy"}},
			{"zendesk", rules.Service{Name: "Zendesk Chat", Provider: "Zendesk, Inc.", Cookies: []string{"__zlcmid"}, Retention: "1 year", URL: "https://www.zendesk.com/company/agreements-and-terms/privacy-notice/"}},
		}},
	{id: "media",
		label: rules.Text{"en": "Embedded videos", "fr": "Vidéos intégrées", "de": "Eingebettete Videos",
			"es": "Vídeos insertados", "it": "Video incorporati", "nl": "Ingesloten video's"},
		description: rules.Text{"en": "Play videos hosted by a video platform, which may set its own cookies.",
			"fr": "Lire des vidéos hébergées par une plateforme, qui peut déposer ses propres cookies.",
			"de": "Videos einer Videoplattform abspielen, die eigene Cookies setzen kann.",
			"es": "Reproducir vídeos alojados en una plataforma, que puede usar sus propias cookies.",
			"it": "Riprodurre video ospitati da una piattaforma, che può usare i propri cookie.",
			"nl": "Video's van een videoplatform afspelen, dat eigen cookies kan plaatsen."},
		services: []servicePreset{
			{"youtube", rules.Service{Name: "YouTube", Provider: "Google Ireland Limited", Cookies: []string{"YSC", "VISITOR_INFO1_LIVE"}, Retention: "6 months", URL: "https://policies.google.com/privacy"}},
			{"vimeo", rules.Service{Name: "Vimeo", Provider: "Vimeo.com, Inc.", Cookies: []string{"vuid"}, Retention: "2 years", URL: "https://vimeo.com/privacy"}},
		}},
}

// findPreset returns the preset purpose named id.
func findPreset(id string) (purposePreset, bool) {
	for _, p := range purposePresets {
		if p.id == id {
			return p, true
		}
	}
	return purposePreset{}, false
}
