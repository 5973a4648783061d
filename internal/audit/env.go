package audit

import (
	"fmt"
	"strings"
)

type envProbe struct {
	Webdriver              bool     `json:"webdriver"`
	UserAgent              string   `json:"user_agent"`
	Brands                 []string `json:"brands"`
	Plugins                int      `json:"plugins"`
	Languages              []string `json:"languages"`
	WindowChrome           bool     `json:"window_chrome"`
	OuterWidth             int      `json:"outer_width"`
	OuterHeight            int      `json:"outer_height"`
	WebGLRenderer          string   `json:"webgl_renderer"`
	NotificationPermission string   `json:"notification_permission"`
}

// auditLimits are what this audit cannot see; they are listed in every report.
var auditLimits = []string{
	"Consent managers that render inside a cross-origin iframe are not inspected, and that iframe's own requests are not recorded.",
	"Closed shadow roots are not inspected (open ones are).",
	"Sites are told apart by their last two host labels (three for common two-label public suffixes such as co.uk), not by the full Public Suffix List.",
	"Cookies and hosts are classified with a small curated knowledge base (data/cookies.csv, data/trackers.csv); anything else is 'unknown'.",
	"Buttons are recognised by their wording in English, German, French, Spanish, Italian, Dutch, Polish and the Nordic languages, by Assent's data-assent hooks and by common consent managers' ids.",
}

// environment reads what the page sees of the browser and lists what could still give the automation away.
func (r *run) environment(v *visit) {
	var e envProbe
	if err := v.eval("p.env()", &e); err != nil {
		r.progress("could not read the browser environment: %v", err)
	}
	var sig []string
	if e.Webdriver {
		sig = append(sig, "navigator.webdriver is true")
	}
	if strings.Contains(e.UserAgent, "Headless") || strings.Contains(strings.Join(e.Brands, " "), "Headless") {
		sig = append(sig, "the user agent says HeadlessChrome")
	}
	if e.Plugins == 0 {
		sig = append(sig, "navigator.plugins is empty")
	}
	if !e.WindowChrome {
		sig = append(sig, "window.chrome is missing")
	}
	if e.OuterWidth == 0 || e.OuterHeight == 0 {
		sig = append(sig, "window.outerWidth/outerHeight are 0")
	}
	if r := strings.ToLower(e.WebGLRenderer); strings.Contains(r, "swiftshader") || strings.Contains(r, "llvmpipe") || r == "none" || r == "error" {
		sig = append(sig, fmt.Sprintf("WebGL renders in software (%s), as on a server without a GPU", e.WebGLRenderer))
	}
	if e.NotificationPermission == "denied" {
		sig = append(sig, "Notification.permission is 'denied' by default, as in headless Chromium")
	}
	vp := viewports[r.o.Viewport]
	r.rep.Environment = Environment{
		Browser: "Chromium " + r.b.version + " (headless)", UserAgent: e.UserAgent,
		ViewportWidth: vp.Width, ViewportHeight: vp.Height, Mobile: vp.Mobile, Languages: e.Languages,
		AutomationSignals: sig, MayDetectAutomation: len(sig) > 0, Limits: auditLimits,
	}
	if r.rep.Environment.AutomationSignals == nil {
		r.rep.Environment.AutomationSignals = []string{}
	}
}

// accessibility runs axe-core on the banner and reports its violations as warnings.
func (r *run) accessibility(v *visit, b *bannerInfo, shot string) {
	vs, err := v.axe(b.Ref)
	if err != nil {
		r.setCheck(CheckAccessibility, StatusNotRun, "axe-core could not run: "+err.Error())
		return
	}
	for _, x := range vs {
		r.add(newFinding(CodeBannerA11yViolation, fmt.Sprintf("%s (axe-core %s, impact %s, %d element(s)).", x.Help, x.ID, x.Impact, x.Nodes),
			Evidence{Selector: strings.Join(x.Targets, ", "), Screenshot: shot,
				Values: map[string]any{"rule": x.ID, "impact": x.Impact, "help_url": x.HelpURL, "nodes": x.Nodes}}))
	}
	r.setCheck(CheckAccessibility, StatusPass, "axe-core 4.14.1 found no WCAG 2.1 A/AA violation in the banner")
}
