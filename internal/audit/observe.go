package audit

import (
	"math"
	"sort"
	"strings"
	"time"
)

// snapshot is the set of what the browser held at one moment, to tell what is new after a choice.
type snapshot struct {
	cookies map[string]bool // name + "@" + domain
	storage map[string]bool // kind + ":" + name
	hosts   map[string]bool // request hosts seen so far
}

type storageProbe struct {
	LocalStorage   []string `json:"local_storage"`
	SessionStorage []string `json:"session_storage"`
	IndexedDB      []string `json:"indexeddb"`
}

// observe reads cookies, storage and the requests since `since`, classifies them, and returns the items that are
// not in base (all of them when base is nil) plus a snapshot of everything now held.
func (r *run) observe(v *visit, phase string, since time.Time, base *snapshot) (Observation, *snapshot, error) {
	obs := Observation{Phase: phase}
	now := snapshot{cookies: map[string]bool{}, storage: map[string]bool{}, hosts: map[string]bool{}}
	cs, err := v.cookies()
	if err != nil {
		return obs, nil, err
	}
	for _, c := range cs {
		key := c.Name + "@" + c.Domain
		now.cookies[key] = true
		if base != nil && base.cookies[key] {
			continue
		}
		cat, vendor := ClassifyName(c.Name)
		ck := Cookie{Name: c.Name, Domain: c.Domain, Session: c.Session, Category: cat, Vendor: vendor,
			ThirdParty: siteOf(strings.TrimPrefix(c.Domain, ".")) != r.site}
		if !c.Session && c.Expires > 0 {
			ck.ExpiresDay = math.Round((c.Expires-float64(time.Now().Unix()))/86400*10) / 10
		}
		obs.Cookies = append(obs.Cookies, ck)
	}
	var st storageProbe
	if err := v.eval("p.storage()", &st); err != nil {
		return obs, nil, err
	}
	addStorage := func(kind string, names []string) {
		for _, n := range names {
			key := kind + ":" + n
			now.storage[key] = true
			if base != nil && base.storage[key] {
				continue
			}
			cat, vendor := ClassifyName(n)
			obs.Storage = append(obs.Storage, StorageItem{Kind: kind, Name: n, Category: cat, Vendor: vendor})
		}
	}
	addStorage("local_storage", st.LocalStorage)
	addStorage("session_storage", st.SessionStorage)
	addStorage("indexeddb", st.IndexedDB)
	if base != nil {
		for h := range base.hosts {
			now.hosts[h] = true
		}
	}
	seen := map[string]bool{}
	for _, q := range v.requestsSince(since) {
		host := hostOf(q.url)
		if host == "" || !strings.HasPrefix(q.url, "http") {
			continue
		}
		old := base != nil && base.hosts[host]
		now.hosts[host] = true
		if old || seen[host] {
			continue
		}
		third := siteOf(host) != r.site
		cat, vendor := ClassifyHost(host)
		if !third && cat == Unknown {
			continue
		}
		seen[host] = true
		obs.Requests = append(obs.Requests, Request{URL: clip(q.url, 200), Host: host, Type: q.typ,
			ThirdParty: third, Category: cat, Vendor: vendor})
	}
	sortObservation(&obs)
	return obs, &now, nil
}

func sortObservation(o *Observation) {
	sort.Slice(o.Cookies, func(i, j int) bool {
		return o.Cookies[i].Name+o.Cookies[i].Domain < o.Cookies[j].Name+o.Cookies[j].Domain
	})
	sort.Slice(o.Storage, func(i, j int) bool { return o.Storage[i].Kind+o.Storage[i].Name < o.Storage[j].Kind+o.Storage[j].Name })
	sort.SliceStable(o.Requests, func(i, j int) bool { return o.Requests[i].Host < o.Requests[j].Host })
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// vendorGroup collects what one vendor (or one unknown name) did in an observation.
type vendorGroup struct {
	vendor   string
	category Category
	cookies  []string
	storage  []string
	hosts    []string
}

// values is the group as finding evidence (lists never null).
func (g *vendorGroup) values() map[string]any {
	return map[string]any{"vendor": g.vendor, "category": string(g.category),
		"cookies": orEmpty(g.cookies), "storage": orEmpty(g.storage), "hosts": orEmpty(g.hosts)}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (g *vendorGroup) describe() string {
	var parts []string
	if len(g.cookies) > 0 {
		parts = append(parts, "cookies "+strings.Join(g.cookies, ", "))
	}
	if len(g.storage) > 0 {
		parts = append(parts, "storage "+strings.Join(g.storage, ", "))
	}
	if len(g.hosts) > 0 {
		parts = append(parts, "requests to "+strings.Join(g.hosts, ", "))
	}
	return strings.Join(parts, "; ")
}

// groupByVendor groups the items of o whose category satisfies keep, by vendor (unknown items by their name).
func groupByVendor(o Observation, keep func(Category) bool) []*vendorGroup {
	idx := map[string]*vendorGroup{}
	var out []*vendorGroup
	get := func(vendor, fallback string, cat Category) *vendorGroup {
		key := vendor
		if key == "" {
			key = fallback
		}
		g := idx[key]
		if g == nil {
			g = &vendorGroup{vendor: key, category: cat}
			idx[key] = g
			out = append(out, g)
		}
		return g
	}
	for _, c := range o.Cookies {
		if keep(c.Category) {
			g := get(c.Vendor, "cookie "+c.Name, c.Category)
			g.cookies = appendUnique(g.cookies, c.Name)
		}
	}
	for _, s := range o.Storage {
		if keep(s.Category) {
			g := get(s.Vendor, s.Kind+" "+s.Name, s.Category)
			g.storage = appendUnique(g.storage, s.Name)
		}
	}
	for _, q := range o.Requests {
		if keep(q.Category) {
			g := get(q.Vendor, q.Host, q.Category)
			g.hosts = appendUnique(g.hosts, q.Host)
		}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// findingsBeforeChoice turns the before_choice observation into findings.
func findingsBeforeChoice(o Observation) []Finding {
	var out []Finding
	for _, g := range groupByVendor(o, Category.NonEssential) {
		out = append(out, newFinding(CodeNonEssentialBeforeConsent,
			g.vendor+" ("+string(g.category)+") was active before the visitor chose anything: "+g.describe()+".",
			Evidence{Values: g.values()}))
	}
	for _, g := range groupByVendor(o, func(c Category) bool { return c == Functional }) {
		out = append(out, newFinding(CodeFunctionalBeforeConsent,
			g.vendor+" (functional) stored data before any choice: "+g.describe()+
				". Only strictly necessary storage is exempt from consent; check that this one is.",
			Evidence{Values: g.values()}))
	}
	var names []string
	for _, c := range o.Cookies {
		if c.Category == Unknown {
			names = append(names, "cookie "+c.Name)
		}
	}
	for _, s := range o.Storage {
		if s.Category == Unknown {
			names = append(names, s.Kind+" "+s.Name)
		}
	}
	if len(names) > 0 {
		out = append(out, newFinding(CodeUnclassifiedBeforeConsent,
			"Stored before any choice and not in the knowledge base: "+strings.Join(names, ", ")+
				". Each must be strictly necessary, or wait for consent.",
			Evidence{Values: map[string]any{"items": names}}))
	}
	return out
}

// findingsAfterReject turns what appeared after the reject click into findings.
func findingsAfterReject(o Observation, where string) []Finding {
	var out []Finding
	for _, g := range groupByVendor(o, Category.NonEssential) {
		out = append(out, newFinding(CodeRejectNotRespected,
			g.vendor+" ("+string(g.category)+") started after the visitor rejected ("+where+"): "+g.describe()+".",
			Evidence{Values: g.values()}))
	}
	return out
}
