package rules

import (
	"slices"
	"strings"
)

// Citations used by the config checks.
const (
	citeInformed    = "GDPR Art. 7(2), Art. 13(1); EDPB Guidelines 05/2020 para 64"
	citeThirdParty  = "EDPB Guidelines 05/2020 para 65; CJEU C-673/17 Planet49 (duration and third-party access)"
	citePreticked   = "GDPR Recital 32; CJEU C-673/17 Planet49; EDPB Cookie Banner Taskforce report (17 Jan 2023) para 10"
	citeLegitimate  = "ePrivacy Directive 2002/58/EC Art. 5(3); EDPB Cookie Banner Taskforce report (17 Jan 2023)"
	citeGranular    = "GDPR Art. 7(2); EDPB Guidelines 05/2020 §3.1.3 (granularity)"
	citeCookieWall  = "EDPB Guidelines 05/2020 paras 38-41; GDPR Art. 7(4); EDPB Opinion 08/2024"
	citeWithdrawal  = "GDPR Art. 7(3); EDPB Cookie Banner Taskforce report (17 Jan 2023) paras 32-35"
	citeEssential   = "WP29 Opinion 04/2012 on cookie consent exemption; EDPB Cookie Banner Taskforce report (17 Jan 2023)"
	citeMarkup      = "README “Install the widget on a site” (texts are rendered as plain text)"
	citeConfigShape = "site/schema/assent.schema.json"
)

// ValidateConfig checks a site config and returns every finding (an empty, non-nil slice when it is clean).
// It checks what the law requires of the banner the config produces: controller identity and policy link;
// purposes with unique ids, labels and descriptions, each third party named with its provider; no pre-ticked
// non-required purpose; no legitimate interest claimed for device storage; required purposes that track;
// purposes bundling analytics with advertising; reject on the first layer; the withdrawal control on; a
// consent lifetime of at most MaxExpiryDays (a warning above GoodPracticeExpiryDays); no cookie wall without an alternative; HTML markup in texts
// (warning: it is shown as text); marketing forms that ask for a soft opt-in where it cannot apply. Unknown
// JSON fields are reported by codec.ParseConfig, not here.
//
// The soft opt-in check applies the law as of the config's revision when the revision starts with a
// YYYY-MM-DD date; otherwise it is skipped with a "soft_opt_in_unchecked" warning. ValidateConfigAt takes the
// date explicitly.
func ValidateConfig(c SiteConfig) []Finding {
	day := c.Revision[:min(len(c.Revision), len("2006-01-02"))]
	if !validDate(day) {
		day = ""
	}
	return validateConfig(c, day)
}

// ValidateConfigAt is ValidateConfig applying the law in force on the given day, usually a time.Time (the
// caller's clock, its date in its own location; the zero time skips the soft opt-in check with a warning).
func ValidateConfigAt(c SiteConfig, today Instant) []Finding {
	if isZero(today) {
		return validateConfig(c, "")
	}
	return validateConfig(c, today.Format("2006-01-02"))
}

// validateConfig is ValidateConfig on a given day (YYYY-MM-DD, or "" for none).
func validateConfig(c SiteConfig, today string) []Finding {
	var fs findings
	fs.configIdentity(c)
	fs.configLayout(c)
	ids := map[string]bool{}
	for i, p := range c.Purposes {
		fs.configPurpose(c, p, "purposes["+itoa(i)+"]", ids)
	}
	if len(c.Purposes) == 0 {
		fs.err(CodeMissingField, "purposes", "at least one purpose is required", citeInformed)
	}
	fs.configTexts(c)
	fs.configForms(c, today)
	fs.configStack(c)
	return fs.list()
}

func (fs *findings) configIdentity(c SiteConfig) {
	for _, f := range []struct{ field, v, code, cite string }{
		{"site", c.Site, CodeMissingField, citeConfigShape},
		{"revision", c.Revision, CodeMissingField, "GDPR Art. 7(1); EDPB Guidelines 05/2020 para 108 (which notice was shown)"},
		{"controller.name", c.Controller.Name, CodeControllerMissing, "GDPR Art. 13(1)(a); EDPB Guidelines 05/2020 para 64"},
		{"controller.contact", c.Controller.Contact, CodeControllerMissing, "GDPR Art. 13(1)(a)-(b)"},
		{"controller.policy_url", c.Controller.PolicyURL, CodePolicyLinkMissing, "GDPR Art. 12(1), Art. 13; EDPB Guidelines 05/2020 para 64"},
	} {
		if strings.TrimSpace(f.v) == "" {
			fs.err(f.code, f.field, f.field+" is required", f.cite)
		}
	}
	if c.Controller.PolicyURL != "" && !isWebURL(c.Controller.PolicyURL, true) {
		fs.err(CodeInvalidURL, "controller.policy_url", "policy_url must be an http(s) URL or a site path", "GDPR Art. 12(1)")
	}
	if c.Endpoint != "" && !isEndpointURL(c.Endpoint) {
		fs.err(CodeInvalidURL, "endpoint", "endpoint must be an https URL (http only for localhost)", citeConfigShape)
	}
	if c.Site != "" && strings.ContainsAny(c.Site, " /\\\"<>") {
		fs.err(CodeInvalidSite, "site", "site must be a name like shop.example, without spaces or slashes", citeConfigShape)
	}
	for i, l := range c.Languages {
		if !isLanguageTag(l) {
			fs.err(CodeInvalidLanguage, "languages["+itoa(i)+"]", "not a BCP 47 language tag: "+quote(l), "GDPR Art. 12(1)")
		}
	}
}

func (fs *findings) configLayout(c SiteConfig) {
	if c.ExpiryDays < 0 {
		fs.err(CodeInvalidExpiry, "expiry_days", "expiry_days must be positive", citeRefresh)
	} else if c.ExpiryDays > MaxExpiryDays {
		fs.err(CodeExpiryTooLong, "expiry_days", "consent is kept "+itoa(c.ExpiryDays)+" days; no regulator accepts more than 13 months (at most "+
			itoa(MaxExpiryDays)+" days)", citeExpiryMax)
	} else if c.ExpiryDays > GoodPracticeExpiryDays {
		fs.warn(CodeExpiryOverGoodPractice, "expiry_days", "consent is kept "+itoa(c.ExpiryDays)+" days; the CNIL's good practice is 6 months (at most "+
			itoa(GoodPracticeExpiryDays)+" days): allowed, but ask again sooner where you can", citeRefresh)
	}
	if c.RejectOnFirstLayer != nil && !*c.RejectOnFirstLayer {
		fs.err(CodeRejectNotOnFirstLayer, "reject_on_first_layer", "refusing must be possible on the first layer, as accepting is", citeSameLayer)
	}
	if c.ReopenControl != nil && !*c.ReopenControl {
		fs.err(CodeWithdrawalControlMissing, "reopen_control", "a persistent control to change or withdraw consent is required", citeWithdrawal)
	}
	if w := c.CookieWall; w != nil {
		if strings.TrimSpace(w.Alternative) == "" {
			fs.err(CodeCookieWall, "cookie_wall", "a cookie wall without a real alternative makes consent not freely given", citeCookieWall)
		} else {
			fs.warn(CodeCookieWallReview, "cookie_wall", "a cookie wall with an alternative is judged case by case (fair price, equivalent service)", citeCookieWall)
		}
	}
}

func (fs *findings) configPurpose(c SiteConfig, p Purpose, at string, ids map[string]bool) {
	switch {
	case p.ID == "":
		fs.err(CodeMissingField, at+".id", "purpose id is required", citeGranular)
	case !isPurposeID(p.ID):
		fs.err(CodeInvalidPurposeID, at+".id", "purpose id must be lower-case letters, digits, _ or -", citeGranular)
	case ids[p.ID]:
		fs.err(CodeDuplicatePurpose, at+".id", "purpose id "+quote(p.ID)+" is used twice", citeGranular)
	}
	ids[p.ID] = true
	if len(p.Label) == 0 || strings.TrimSpace(p.Label.Get("")) == "" {
		fs.err(CodeMissingLabel, at+".label", "every purpose needs a label", citeInformed)
	}
	fs.translations(c, p.Label, at+".label")
	fs.markup(p.Label, at+".label")
	fs.markup(p.Description, at+".description")
	if p.Preticked && !p.Required {
		fs.err(CodePretickedPurposes, at+".preticked", "purpose "+quote(p.ID)+" starts ticked: consent needs an active choice", citePreticked)
	}
	if p.LegitimateInterest {
		fs.err(CodeLegitimateInterestForCookies, at+".legitimate_interest", "legitimate interest cannot justify storing or reading information on a device", citeLegitimate)
	}
	if p.Required {
		if len(p.Description) == 0 {
			fs.warn(CodeEssentialUnjustified, at+".description", "say why "+quote(p.ID)+" is strictly necessary", citeEssential)
		}
		for _, m := range p.ConsentMode {
			if slices.Contains(trackingModes, m) {
				fs.err(CodeNotStrictlyNecessary, at+".consent_mode", "a required purpose grants "+m+", which is never strictly necessary", citeEssential)
			}
		}
	} else if len(p.Description) == 0 {
		fs.warn(CodeMissingDescription, at+".description", "describe what "+quote(p.ID)+" is used for", citeInformed)
	}
	fs.purposeGranularity(p, at)
	for j, s := range p.Services {
		fs.configService(s, at+".services["+itoa(j)+"]")
	}
	for j, m := range p.ConsentMode {
		if !slices.Contains(ConsentModeTypes, m) {
			fs.err(CodeUnknownConsentModeType, at+".consent_mode["+itoa(j)+"]", quote(m)+" is not a Google Consent Mode v2 type", "Google Consent Mode v2")
		}
	}
}

// purposeGranularity reports a purpose that bundles measurement with advertising, or whose id says it
// covers everything.
func (fs *findings) purposeGranularity(p Purpose, at string) {
	ads := slices.ContainsFunc(p.ConsentMode, func(m string) bool { return strings.HasPrefix(m, "ad_") })
	if ads && slices.Contains(p.ConsentMode, "analytics_storage") {
		fs.warn(CodeBundledPurposes, at+".consent_mode", "analytics and advertising are separate purposes: give each its own id", citeGranular)
	}
	switch p.ID {
	case "all", "everything", "optional", "non_essential", "nonessential", "cookies", "tracking", "third_party":
		if !p.Required {
			fs.warn(CodeBundledPurposes, at+".id", "purpose "+quote(p.ID)+" bundles several purposes: split it per purpose", citeGranular)
		}
	}
}

func (fs *findings) configService(s Service, at string) {
	if strings.TrimSpace(s.Name) == "" {
		fs.err(CodeServiceUnnamed, at+".name", "every service must be named", citeThirdParty)
	}
	if strings.TrimSpace(s.Provider) == "" {
		fs.err(CodeServiceUnnamed, at+".provider", "every service must name the company that provides it", citeThirdParty)
	}
	if strings.TrimSpace(s.Retention) == "" {
		fs.warn(CodeMissingRetention, at+".retention", "say how long the service keeps its cookies or data", citeThirdParty)
	}
	if s.URL != "" && !isWebURL(s.URL, false) {
		fs.err(CodeInvalidURL, at+".url", "url must be an http(s) URL", citeThirdParty)
	}
	for _, t := range []string{s.Name, s.Provider, s.Retention} {
		if hasMarkup(t) {
			fs.warn(CodeMarkupInText, at, "HTML markup is shown as text, not rendered", citeMarkup)
			break
		}
	}
}

func (fs *findings) configTexts(c SiteConfig) {
	for _, l := range c.Languages {
		if _, ok := c.Texts[l]; !ok && len(c.Texts) > 0 {
			fs.warn(CodeMissingTexts, "texts."+l, "no texts for language "+quote(l)+": the widget's built-in texts are used", citeInformed)
		}
	}
	for _, l := range sortedKeys(c.Texts) {
		t := c.Texts[l]
		if len(c.Languages) > 0 && !slices.Contains(c.Languages, l) {
			fs.warn(CodeUnlistedLanguage, "texts."+l, "texts for "+quote(l)+", which is not in languages", citeInformed)
		}
		if (t.AcceptAll == "") != (t.RejectAll == "") {
			fs.warn(CodeMissingText, "texts."+l, "give accept_all and reject_all together, so both buttons read alike", citeProminence)
		}
		for _, s := range []string{t.Title, t.Body, t.AcceptAll, t.RejectAll, t.Customise, t.Save, t.PreferencesTitle, t.Reopen} {
			if hasMarkup(s) {
				fs.warn(CodeMarkupInText, "texts."+l, "HTML markup is shown as text, not rendered", citeMarkup)
				break
			}
		}
	}
}

// translations warns when a multi-language label lacks one of the config's languages.
func (fs *findings) translations(c SiteConfig, t Text, at string) {
	if _, plain := t[""]; plain || len(t) == 0 {
		return
	}
	for _, l := range c.Languages {
		if _, ok := t[l]; !ok {
			fs.warn(CodeMissingTranslation, at+"."+l, "no "+quote(l)+" text: another language will be shown", "GDPR Art. 12(1) (clear and plain language)")
		}
	}
}

func (fs *findings) markup(t Text, at string) {
	for _, k := range sortedKeys(t) {
		if hasMarkup(t[k]) {
			fs.warn(CodeMarkupInText, joinField(at, k), "HTML markup is shown as text, not rendered", citeMarkup)
		}
	}
}

// hasMarkup reports whether s holds something that looks like an HTML tag, comment or entity.
func hasMarkup(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch {
		case s[i] == '<' && (isLetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!'):
			return true
		case s[i] == '&' && (isLetter(s[i+1]) || s[i+1] == '#') && strings.IndexByte(s[i:min(len(s), i+12)], ';') > 0:
			return true
		}
	}
	return false
}

func isPurposeID(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && !('a' <= c && c <= 'z') && c != '_' && c != '-' {
			return false
		}
	}
	return len(s) <= 64
}

// isWebURL reports whether s is an http(s) URL with a host, or (when pathOK) a path on the site ("/privacy").
func isWebURL(s string, pathOK bool) bool {
	if pathOK && strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") {
		return true
	}
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "http://")
	}
	host, _, _ := strings.Cut(rest, "/")
	return ok && host != "" && !strings.ContainsAny(s, " \"<>\\")
}

// isEndpointURL reports whether s is an https URL, or an http URL on the local machine.
func isEndpointURL(s string) bool {
	if !isWebURL(s, false) {
		return false
	}
	if strings.HasPrefix(s, "https://") {
		return true
	}
	host, _, _ := strings.Cut(strings.TrimPrefix(s, "http://"), "/")
	if strings.HasPrefix(host, "[::1]") {
		return true
	}
	host, _, _ = strings.Cut(host, ":")
	return host == "localhost" || host == "127.0.0.1"
}
