package widget

import (
	"strings"
	"testing"
)

func testView() View {
	return View{Lang: "en", S: enStrings(), Title: "Your privacy choices", Body: "We use cookies.",
		PolicyURL: "/privacy.html", Purposes: []Purpose{
			{ID: "necessary", Label: "Strictly necessary", Required: true},
			{ID: "analytics", Label: "Analytics", Description: "Visits", Services: []Service{{Name: "Plausible", Provider: "Plausible Insights", Cookies: []string{"_pl_*"}, Retention: "13 months"}}},
			{ID: "marketing", Label: "Marketing"},
		}}
}

func enStrings() *Strings { s := English; return &s }

// The first layer offers reject and accept on the same layer, as buttons of one identical style (EDPB Cookie
// Banner Taskforce report, 17 Jan 2023, paras 8 and 14).
func TestBannerRejectAndAcceptAreEqualButtons(t *testing.T) {
	n := Banner(testView())
	if n.Attr("data-assent") != "banner" || n.Attr("role") != "dialog" || n.Attr("aria-labelledby") == "" {
		t.Fatalf("banner hooks missing: %s", n.HTML())
	}
	acc, rej := n.Find("data-assent-action", "accept-all"), n.Find("data-assent-action", "reject-all")
	if acc == nil || rej == nil || n.Find("data-assent-action", "preferences") == nil {
		t.Fatalf("first layer lacks accept, reject or customise: %s", n.HTML())
	}
	if acc.Tag != "button" || rej.Tag != "button" || acc.Attr("class") != rej.Attr("class") {
		t.Fatalf("accept %s and reject %s differ", acc.HTML(), rej.HTML())
	}
	if !strings.Contains(n.HTML(), `href="/privacy.html"`) {
		t.Fatal("no policy link")
	}
}

// No purpose is pre-ticked: consent needs a clear affirmative act (GDPR Recital 32; CJEU C-673/17 Planet49).
func TestPreferencesNeverPreTicked(t *testing.T) {
	n := Preferences(testView())
	html := n.HTML()
	for _, id := range []string{"analytics", "marketing"} {
		box := n.Find("data-assent-purpose", id)
		if box == nil {
			t.Fatalf("no toggle for %s", id)
		}
		for _, a := range box.Attrs {
			if a.Name == "checked" {
				t.Errorf("%s is pre-ticked: %s", id, box.HTML())
			}
		}
	}
	req := n.Find("data-assent-purpose", "necessary")
	if !strings.Contains(req.HTML(), "checked") || !strings.Contains(req.HTML(), "disabled") {
		t.Errorf("required purpose should be on and disabled: %s", req.HTML())
	}
	if !strings.Contains(html, "Plausible Insights") || !strings.Contains(html, "_pl_*") || !strings.Contains(html, "13 months") {
		t.Errorf("service details missing: %s", html)
	}
	if n.Attr("aria-modal") != "true" || n.Find("data-assent-action", "save") == nil {
		t.Errorf("preferences dialog hooks missing")
	}
}

// A visitor's earlier choice is shown when they reopen the preferences.
func TestPreferencesShowEarlierChoice(t *testing.T) {
	v := testView()
	v.Purposes[1].On = true
	box := Preferences(v).Find("data-assent-purpose", "analytics")
	if !strings.Contains(box.HTML(), "checked") {
		t.Fatalf("analytics was chosen but shows unticked: %s", box.HTML())
	}
}

// Strings from site configs are text, never markup.
func TestHostileConfigStringsAreEscaped(t *testing.T) {
	v := testView()
	v.Title = `<img src=x onerror="alert(1)">`
	v.Purposes[1].Label = `<script>alert(2)</script>`
	html := Preferences(v).HTML() + Banner(v).HTML()
	if strings.Contains(html, "<img") || strings.Contains(html, "<script") {
		t.Fatalf("markup leaked: %s", html)
	}
	if !strings.Contains(html, "&lt;script&gt;alert(2)&lt;/script&gt;") {
		t.Fatalf("label not shown as text: %s", html)
	}
}

func TestGPCNoteShown(t *testing.T) {
	v := testView()
	if Banner(v).Find("data-assent-notice", "gpc") != nil {
		t.Fatal("GPC note without GPC")
	}
	v.GPC = true
	if Banner(v).Find("data-assent-notice", "gpc") == nil || Preferences(v).Find("data-assent-notice", "gpc") == nil {
		t.Fatal("GPC note missing")
	}
}

func TestNoticeTextCoversWhatIsShown(t *testing.T) {
	v := testView()
	txt := NoticeText(v)
	for _, want := range []string{v.Title, v.Body, v.S.AcceptAll, v.S.RejectAll, "Analytics", "Visits"} {
		if !strings.Contains(txt, want) {
			t.Errorf("notice text lacks %q", want)
		}
	}
	v.Body = "changed"
	if NoticeText(v) == txt {
		t.Error("notice text does not change with the body")
	}
}
