package widget

import (
	"encoding/base64"
	"reflect"
	"testing"

	"github.com/assent-dev/assent/rules"
)

func demoConfig() Config {
	return Config{Site: "shop.example", Revision: "r1", Purposes: []ConfigPurpose{
		{ID: "necessary", Required: true},
		{ID: "analytics"},
		{ID: "marketing", ConsentMode: []string{"ad_storage", "ad_user_data", "ad_personalization"}},
		{ID: "videos"},
	}}
}

func TestChoiceActions(t *testing.T) {
	c := demoConfig()
	cases := []struct {
		action string
		picks  map[string]bool
		gpc    bool
		want   map[string]bool
	}{
		{"accept_all", nil, false, map[string]bool{"necessary": true, "analytics": true, "marketing": true, "videos": true}},
		{"reject_all", nil, false, map[string]bool{"necessary": true, "analytics": false, "marketing": false, "videos": false}},
		{"withdraw", nil, false, map[string]bool{"necessary": true, "analytics": false, "marketing": false, "videos": false}},
		{"save", map[string]bool{"analytics": true, "necessary": false}, false, map[string]bool{"necessary": true, "analytics": true, "marketing": false, "videos": false}},
		// GPC: advertising purposes stay off under "Accept all"; the visitor can still tick them one by one.
		{"accept_all", nil, true, map[string]bool{"necessary": true, "analytics": true, "marketing": false, "videos": false}},
		{"save", map[string]bool{"marketing": true}, true, map[string]bool{"necessary": true, "analytics": false, "marketing": true, "videos": false}},
	}
	for _, tc := range cases {
		if got := c.Choice(tc.action, tc.picks, tc.gpc); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Choice(%s, %v, gpc=%v) = %v, want %v", tc.action, tc.picks, tc.gpc, got, tc.want)
		}
	}
}

func TestConsentModeFollowsPurposes(t *testing.T) {
	c := demoConfig()
	cm := c.ConsentMode(map[string]bool{"necessary": true, "analytics": true})
	if cm["analytics_storage"] != "granted" || cm["ad_storage"] != "denied" || cm["security_storage"] != "granted" {
		t.Fatalf("consent mode = %v", cm)
	}
	cm = c.ConsentMode(map[string]bool{"marketing": true})
	if cm["ad_storage"] != "granted" || cm["ad_user_data"] != "granted" || cm["analytics_storage"] != "denied" {
		t.Fatalf("consent mode = %v", cm)
	}
}

func TestCategory(t *testing.T) {
	for id, want := range map[string]string{"analytics": "analytics", "Statistics": "analytics", "marketing": "marketing",
		"ads": "marketing", "videos": "marketing", "functional": "functional", "personalisation": "personalization", "personalization": "personalization"} {
		if got := (ConfigPurpose{ID: id}).Category(); got != want {
			t.Errorf("Category(%s) = %s, want %s", id, got, want)
		}
	}
	if (ConfigPurpose{ID: "analytics", Required: true}).Category() != "strictly_necessary" {
		t.Error("a required purpose is strictly necessary")
	}
}

func TestCookieHelpers(t *testing.T) {
	if got := CookieNames("a=1; _pl_x=2;b=3"); !reflect.DeepEqual(got, []string{"a", "_pl_x", "b"}) {
		t.Errorf("CookieNames = %v", got)
	}
	if !MatchAny([]string{"_pl_*"}, "_pl_abc") || MatchAny([]string{"_pl_*"}, "pl") || !MatchAny([]string{"_ga"}, "_ga") || MatchAny([]string{"_ga"}, "_gat") {
		t.Error("MatchAny")
	}
	if got := DomainsOf("www.shop.example"); !reflect.DeepEqual(got, []string{"", "; domain=www.shop.example", "; domain=shop.example"}) {
		t.Errorf("DomainsOf = %v", got)
	}
	if got := DomainsOf("127.0.0.1"); len(got) != 1 {
		t.Errorf("DomainsOf(ip) = %v", got)
	}
	for tag, want := range map[string]string{"fr-BE": "BE", "en": "", "zh-Hant-TW": "TW", "de_at": "AT"} {
		if got := RegionOf(tag); got != want {
			t.Errorf("RegionOf(%s) = %q, want %q", tag, got, want)
		}
	}
}

func TestFormControls(t *testing.T) {
	s := enStrings()
	soft := Form(s, "offers", "email", "soft_opt_in", "")
	if soft.Find("data-assent-notice", "soft-opt-in") == nil || soft.Find("value", "opt_out") == nil {
		t.Fatalf("soft opt-in control: %s", soft.HTML())
	}
	in := Form(s, "news", "sms", "opt_in", "recommended")
	box := in.Find("value", "opt_in")
	if box == nil || box.Attr("name") != "news" || in.Find("data-assent-notice", "double-opt-in") == nil {
		t.Fatalf("opt-in control: %s", in.HTML())
	}
	for _, a := range box.Attrs {
		if a.Name == "checked" {
			t.Fatal("opt-in box pre-ticked")
		}
	}
	if Form(s, "x", "email", "not_allowed", "") != nil {
		t.Fatal("not_allowed renders a control")
	}
	if FormAction("opt_in", true) != "marketing_opt_in" || FormAction("opt_in", false) != "marketing_opt_out" ||
		FormAction("opt_out", false) != "marketing_opt_in" || FormAction("opt_out", true) != "marketing_opt_out" {
		t.Fatal("FormAction")
	}
	// PECR reg 22(3): at checkout the soft opt-in holds for email in the UK; a signup is no sale (reg 22(2)).
	for ctx, want := range map[string]string{"checkout": "soft_opt_in", "signup": "opt_in"} {
		d, err := rules.Decide(FormScenario("GB", "email", ctx, "2026-06-01"))
		if err != nil || d.Model != want {
			t.Errorf("GB email at %s: %s %v, want %s", ctx, d.Model, err, want)
		}
	}
	if _, err := rules.Decide(FormScenario("GB", "fax", "signup", "2026-06-01")); err == nil {
		t.Error("a form on an unknown channel is decided")
	}
}

// The in-memory store (the engine's fallback when IndexedDB fails) chains records, and its SealFunc may read
// the store, as the engine's does.
func TestMemStoreChains(t *testing.T) {
	s := NewMemStore("subject")
	var prevs []string
	for i := 0; i < 3; i++ {
		e, err := s.Append(func(prev string) (Entry, error) {
			if _, err := s.List(); err != nil { // the engine's seal looks for its id on the chain first
				return Entry{}, err
			}
			prevs = append(prevs, prev)
			return Entry{ID: string(rune('a' + i)), Hash: "h" + string(rune('a'+i))}, nil
		})
		if err != nil || e.Seq != i+1 {
			t.Fatalf("append %d: %v %v", i, e, err)
		}
	}
	if !reflect.DeepEqual(prevs, []string{"", "ha", "hb"}) {
		t.Fatalf("prevs = %v", prevs)
	}
	list, _ := s.List()
	if len(list) != 3 || !list[0].Pending() {
		t.Fatalf("list = %v", list)
	}
	list[0].Receipt = "{}"
	if err := s.Update(list[0]); err != nil {
		t.Fatal(err)
	}
	if l, _ := s.List(); l[0].Pending() {
		t.Fatal("update lost")
	}
}

func TestEncodersMatchStdlib(t *testing.T) {
	for n := 0; n < 40; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + n*11)
		}
		if got, want := base64URL(b), base64.RawURLEncoding.EncodeToString(b); got != want {
			t.Fatalf("base64URL(%x) = %s, want %s", b, got, want)
		}
	}
}
