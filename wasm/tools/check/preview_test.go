package check

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// The builder's preview, built in the page, is the loader GET /v1/sites/{site}/assent.js serves: the config
// and the banner painted in the language asked for, in front of the widget's loader.
func TestSiteLoaderPaintsTheConfigsBanner(t *testing.T) {
	cfg, err := os.ReadFile("../../../site/assent.json")
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	json.Unmarshal(cfg, &c)
	c["texts"].(map[string]any)["fr"].(map[string]any)["title"] = "Vos cookies <chez nous>"
	cfg, _ = json.Marshal(c)
	var out struct{ JS, Error string }
	if err := json.Unmarshal([]byte(SiteLoader("/*the loader*/", string(cfg), "fr-FR,fr;q=0.9", "https://consent.example/", time.Now())), &out); err != nil || out.Error != "" {
		t.Fatal(err, out.Error)
	}
	if !strings.HasPrefix(out.JS, `window.__assentPaint={"base":"https://consent.example/","config":{`) || !strings.HasSuffix(out.JS, "/*the loader*/") {
		t.Fatalf("not a site loader: %.200s", out.JS)
	}
	if strings.Contains(out.JS, "<chez") {
		t.Error("a < of the config is not escaped: the loader could not be inlined in a page")
	}
	var front struct{ Base, Paint string }
	if err := json.Unmarshal([]byte(strings.TrimPrefix(out.JS[:strings.Index(out.JS, ";\n")], "window.__assentPaint=")), &front); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(front.Paint, `"Vos cookies \u003cchez nous\u003e"`) { // a text node of the paint's tree
		t.Errorf("the French banner is not painted with the edited title: %.300s", front.Paint)
	}
}

// A config that `assent validate` cannot read gets no preview, and says why.
func TestSiteLoaderRefusesWhatIsNotAConfig(t *testing.T) {
	for _, bad := range []string{`{"site": 1}`, `not json`, `[]`} {
		var out struct{ JS, Error string }
		json.Unmarshal([]byte(SiteLoader("/*the loader*/", bad, "en", "/", time.Now())), &out)
		if out.Error == "" || out.JS != "" {
			t.Errorf("%s: %+v", bad, out)
		}
	}
}
