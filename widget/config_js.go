//go:build js && wasm

package widget

import "syscall/js"

// ReadConfig reads the site config the loader fetched (a parsed JS object), walking it as js.Value.
func ReadConfig(v js.Value) Config {
	c := Config{Site: str(v.Get("site")), Endpoint: trimSlash(str(v.Get("endpoint"))), Revision: str(v.Get("revision")),
		Languages: strList(v.Get("languages")), UseConsentMode: v.Get("consent_mode").Truthy() || v.Get("consent_mode").IsUndefined()}
	if d := v.Get("expiry_days"); d.Type() == js.TypeNumber {
		c.ExpiryDays = d.Int()
	}
	if ctl := v.Get("controller"); ctl.Type() == js.TypeObject {
		c.Controller, c.PolicyURL = str(ctl.Get("name")), str(ctl.Get("policy_url"))
	}
	c.VerifierKey = str(v.Get("verifier_key"))
	c.Europe = str(v.Get("scope")) == "europe"
	if c.Endpoint == "" { // the loader's origin (assent.js prefetches /v1/context with the same default)
		c.Endpoint = global("URL").New(global("Assent").Get("_").Get("base")).Get("origin").String()
	}
	if ps := v.Get("purposes"); ps.Type() == js.TypeObject {
		for i := 0; i < ps.Length(); i++ {
			c.Purposes = append(c.Purposes, readPurpose(ps.Index(i)))
		}
	}
	c.Texts = map[string]map[string]string{}
	if ts := v.Get("texts"); ts.Type() == js.TypeObject {
		keys := global("Object").Call("keys", ts)
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			c.Texts[k] = strMap(ts.Get(k))
		}
	}
	return c
}

func readPurpose(p js.Value) ConfigPurpose {
	cp := ConfigPurpose{ID: str(p.Get("id")), Required: p.Get("required").Truthy(), Label: strMap(p.Get("label")),
		Description: strMap(p.Get("description")), ConsentMode: strList(p.Get("consent_mode")),
		Exempt: p.Get("analytics_exemption").Truthy()}
	if ss := p.Get("services"); ss.Type() == js.TypeObject {
		for i := 0; i < ss.Length(); i++ {
			s := ss.Index(i)
			cp.Services = append(cp.Services, Service{Name: str(s.Get("name")), Provider: str(s.Get("provider")),
				Retention: str(s.Get("retention")), Cookies: strList(s.Get("cookies"))})
		}
	}
	return cp
}

// trimSlash returns an origin URL without its trailing slash.
func trimSlash(u string) string {
	for len(u) > 0 && u[len(u)-1] == '/' {
		u = u[:len(u)-1]
	}
	return u
}
