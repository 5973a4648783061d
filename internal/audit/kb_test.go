package audit

import "testing"

func TestClassifyName(t *testing.T) {
	cases := []struct {
		name   string
		cat    Category
		vendor string
	}{
		{"_ga", Analytics, "Google Analytics"},
		{"_ga_ABC123", Analytics, "Google Analytics"},
		{"_gcl_au", Marketing, "Google Ads"},
		{"_fbp", Marketing, "Meta"},
		{"_hjSessionUser_123", Analytics, "Hotjar"},
		{"PHPSESSID", StrictlyNecessary, "PHP session"},
		{"cc_cookie", StrictlyNecessary, "vanilla-cookieconsent (consent)"},
		{"assent.choice", StrictlyNecessary, "Assent (consent)"},
		{"mp_0123abcd_mixpanel", Analytics, "Mixpanel"},
		{"theme", Unknown, ""},
	}
	for _, c := range cases {
		cat, vendor := ClassifyName(c.name)
		if cat != c.cat || vendor != c.vendor {
			t.Errorf("ClassifyName(%q) = %s, %q; want %s, %q", c.name, cat, vendor, c.cat, c.vendor)
		}
	}
}

func TestClassifyHost(t *testing.T) {
	cases := []struct {
		host string
		cat  Category
	}{
		{"www.google-analytics.com", Analytics},
		{"region1.google-analytics.com", Analytics},
		{"connect.facebook.net", Marketing},
		{"static.hotjar.com", Analytics},
		{"stats.g.doubleclick.net", Marketing},
		{"notgoogle-analytics.com", Unknown},
		{"cdn.jsdelivr.net", Unknown},
	}
	for _, c := range cases {
		if cat, _ := ClassifyHost(c.host); cat != c.cat {
			t.Errorf("ClassifyHost(%q) = %s, want %s", c.host, cat, c.cat)
		}
	}
}

func TestSiteOf(t *testing.T) {
	cases := map[string]string{
		"www.shop.example":  "shop.example",
		"shop.example":      "shop.example",
		"a.b.shop.co.uk":    "shop.co.uk",
		"127.0.0.1":         "127.0.0.1",
		"localhost":         "localhost",
		"WWW.Shop.Example.": "shop.example",
	}
	for in, want := range cases {
		if got := siteOf(in); got != want {
			t.Errorf("siteOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every line of the embedded knowledge base names a known category (a typo would silently misclassify).
func TestKnowledgeBaseCategories(t *testing.T) {
	valid := map[Category]bool{StrictlyNecessary: true, Functional: true, Analytics: true, Marketing: true}
	for _, kb := range [][]kbEntry{cookieKB, trackerKB} {
		for _, e := range kb {
			if !valid[e.category] || e.vendor == "" || e.pattern == "" {
				t.Errorf("bad knowledge base entry %+v", e)
			}
		}
	}
}
