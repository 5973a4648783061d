package check

import (
	"encoding/json"
	"time"

	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/widget/prerender"
)

// SiteLoader returns, as JSON {"js": text} or {"error": message}, the site loader a config (assent.json text)
// gets from GET /v1/sites/{site}/assent.js: loader (the widget's built assent.js) with the config and the paint
// data in front, made as of now by the widget's Go view code and the rules (package widget/prerender), the
// widget's files at base, for a browser whose Accept-Language is acceptLanguage. The config builder's preview
// builds it in the page, so it needs no server once the page is loaded. A config that does not parse as
// `assent validate` reads it is an error.
func SiteLoader(loader, config, acceptLanguage, base string, now time.Time) string {
	out, err := siteLoader(loader, config, acceptLanguage, base, now)
	if err != nil {
		b, _ := json.Marshal(map[string]string{"error": err.Error()})
		return string(b)
	}
	b, _ := json.Marshal(map[string]string{"js": string(out)})
	return string(b)
}

func siteLoader(loader, config, acceptLanguage, base string, now time.Time) ([]byte, error) {
	if _, _, err := codec.ParseConfig([]byte(config)); err != nil {
		return nil, err
	}
	out, _, err := prerender.Build([]byte(loader), []byte(config), base, now.UTC().Format(time.DateOnly),
		prerender.AcceptLanguages(acceptLanguage))
	return out, err
}
