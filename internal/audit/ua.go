package audit

import (
	"strings"

	"github.com/chromedp/cdproto/emulation"
)

type uaMeta struct {
	navPlatform string
	ch          *emulation.UserAgentMetadata
}

// userAgent returns the user-agent string and client hints of an ordinary Chrome of the same major version on
// Windows (desktop) or Android (mobile): headless Chromium's own string says "HeadlessChrome", which many consent
// managers and bot filters look for.
func (b *Browser) userAgent(mobile bool) (string, uaMeta) {
	major := b.major()
	brands := []*emulation.UserAgentBrandVersion{
		{Brand: "Chromium", Version: major}, {Brand: "Google Chrome", Version: major}, {Brand: "Not_A Brand", Version: "99"},
	}
	full := []*emulation.UserAgentBrandVersion{
		{Brand: "Chromium", Version: b.version}, {Brand: "Google Chrome", Version: b.version}, {Brand: "Not_A Brand", Version: "99.0.0.0"},
	}
	if mobile {
		return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major +
				".0.0.0 Mobile Safari/537.36",
			uaMeta{navPlatform: "Linux armv8l", ch: &emulation.UserAgentMetadata{
				Brands: brands, FullVersionList: full, Platform: "Android", PlatformVersion: "14.0.0",
				Architecture: "", Model: "Pixel 8", Mobile: true}}
	}
	return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major +
			".0.0.0 Safari/537.36",
		uaMeta{navPlatform: "Win32", ch: &emulation.UserAgentMetadata{
			Brands: brands, FullVersionList: full, Platform: "Windows", PlatformVersion: "15.0.0",
			Architecture: "x86", Bitness: "64", Model: ""}}
}

// acceptLanguage turns a BCP 47 tag into the visitor's language list, e.g. "fr-BE" -> "fr-BE,fr,en"; Chromium
// derives navigator.languages and the Accept-Language header (with q-values) from it.
func acceptLanguage(lang string) string {
	lang = strings.TrimSpace(lang)
	if lang == "" || strings.EqualFold(lang, "en") {
		return "en-GB,en"
	}
	base, _, _ := strings.Cut(lang, "-")
	out := lang
	if base != lang {
		out += "," + base
	}
	if !strings.EqualFold(base, "en") {
		out += ",en"
	}
	return out
}
