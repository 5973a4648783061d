package rules

import (
	"slices"
	"strings"
)

const (
	citeConsentMode = "Google Consent Mode v2 (developers.google.com/tag-platform/security/concepts/consent-mode)"
	citeStorage     = "ePrivacy Directive 2002/58/EC Art. 5(3); EDPB Guidelines 2/2023 on the technical scope of Art. 5(3)"
)

// configStack checks the contract additions that fit Assent into a site's stack: consent_mode settings,
// integrations, cookie_domain and scope.
func (fs *findings) configStack(c SiteConfig) {
	ids := map[string]bool{}
	for _, p := range c.Purposes {
		ids[p.ID] = true
	}
	purposes := func(field string, list []any) {
		for i, x := range list {
			if id, ok := x.(string); !ok || !ids[id] {
				fs.err(CodeUnknownPurpose, field+"["+itoa(i)+"]", "not a configured purpose id", citeConfigShape)
			}
		}
	}
	if cm := c.ConsentMode; cm != nil {
		for _, k := range sortedKeys(cm.Types) {
			at := "consent_mode.types." + k
			if !slices.Contains(ConsentModeTypes, k) {
				fs.err(CodeUnknownConsentModeType, at, quote(k)+" is not a Google Consent Mode v2 type", citeConsentMode)
				continue
			}
			switch v := cm.Types[k].(type) {
			case string:
				if v != "granted" && v != "denied" {
					fs.err(CodeInvalidValue, at, `must be "granted", "denied" or a list of purpose ids`, citeConsentMode)
				} else if v == "granted" && k != "functionality_storage" && k != "security_storage" {
					fs.err(CodeGrantedWithoutConsent, at, k+" granted before any choice: storage for it needs consent", citeStorage)
				}
			case []any:
				if len(v) == 0 {
					fs.err(CodeInvalidValue, at, "an empty list never grants: say \"denied\"", citeConsentMode)
				}
				purposes(at, v)
			default:
				fs.err(CodeInvalidValue, at, `must be "granted", "denied" or a list of purpose ids`, citeConsentMode)
			}
		}
		if o := cm.OutsideEurope; o != "" && o != "denied" && o != "granted" {
			fs.err(CodeInvalidValue, "consent_mode.outside_europe", `must be "denied" or "granted"`, citeConsentMode)
		}
		if w := cm.WaitForUpdate; w != nil && (*w < 0 || *w > 10000) {
			fs.err(CodeInvalidValue, "consent_mode.wait_for_update", "must be 0 to 10000 milliseconds", citeConsentMode)
		}
	}
	if in := c.Integrations; in != nil {
		for _, x := range []struct {
			name string
			i    *Integration
		}{{"uet", in.UET}, {"clarity", in.Clarity}, {"meta_pixel", in.MetaPixel}} {
			if x.i != nil {
				list := make([]any, len(x.i.Purposes))
				for i, p := range x.i.Purposes {
					list[i] = p
				}
				purposes("integrations."+x.name+".purposes", list)
			}
		}
	}
	if d := c.CookieDomain; d != "" {
		h := strings.TrimPrefix(d, ".")
		if !strings.Contains(h, ".") || strings.HasSuffix(h, ".") || strings.Trim(h, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
			fs.err(CodeInvalidValue, "cookie_domain", "must be a registrable domain in lower case, like shop.example (the site and its subdomains)", citeConfigShape)
		}
	}
	if s := c.Scope; s != "" && s != "everywhere" && s != "europe" {
		fs.err(CodeInvalidValue, "scope", `must be "everywhere" or "europe"`, citeConfigShape)
	}
}
