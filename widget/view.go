package widget

import (
	"strconv"
	"strings"
)

// View is everything the first layer and the preferences layer show, already localised.
type View struct {
	Lang       string
	S          *Strings
	Title      string
	Body       string
	PolicyURL  string
	Controller string
	GPC        bool
	Purposes   []Purpose
}

// Purpose is one configured purpose as the preferences layer shows it.
type Purpose struct {
	ID          string
	Label       string
	Description string
	Required    bool // strictly necessary: shown on and disabled
	On          bool // the visitor's current choice (false until they choose: never pre-ticked)
	Services    []Service
}

// Service is a third party (or the site itself) that uses a purpose.
type Service struct {
	Name, Provider, Retention string
	Cookies                   []string
}

// Banner returns the first layer: title, text, policy link, and "Reject all", "Accept all" and "Customise"
// as three buttons of one identical style on the same layer.
func Banner(v View) *Node {
	body := tag("p|id=assent-body").Add(Txt(v.Body + " "))
	if v.PolicyURL != "" {
		body.Add(tag("a|href=%|target=_blank|rel=noopener", v.PolicyURL).Set(v.S.Policy))
	}
	n := tag("div|data-assent=banner|role=dialog|aria-modal=false|aria-labelledby=assent-title|aria-describedby=assent-body|lang=%|class=layer banner|tabindex=-1", v.Lang).Add(
		tag("h2|id=assent-title").Set(v.Title),
		body,
		gpcNote(v),
		tag("div|class=actions").Add(
			button("reject-all", v.S.RejectAll),
			button("accept-all", v.S.AcceptAll),
			button("preferences", v.S.Customise),
		),
	)
	return n
}

// Preferences returns the second layer: one toggle per purpose (required ones on and disabled, the others as the
// visitor last chose, unticked before any choice), the services behind each, and the save buttons.
func Preferences(v View) *Node {
	list := tag("ul|class=purposes")
	for i, p := range v.Purposes {
		id := "assent-p-" + strconv.Itoa(i)
		box := tag("input|type=checkbox|id=%|data-assent-purpose=%", id, p.ID)
		if p.Required {
			box.Attrs = append(box.Attrs, Attr{"checked", ""}, Attr{"disabled", ""}, Attr{"aria-describedby", id + "-req"})
		} else if p.On {
			box.Attrs = append(box.Attrs, Attr{"checked", ""})
		}
		row := tag("div|class=purpose-row").Add(box, tag("label|for=%", id).Set(p.Label))
		if p.Required {
			row.Add(tag("span|class=always|id=%", id+"-req").Set(v.S.AlwaysOn))
		}
		li := tag("li|class=purpose").Add(row)
		if p.Description != "" {
			li.Add(tag("p|class=desc").Set(p.Description))
		}
		li.Add(services(v.S, p.Services))
		list.Add(li)
	}
	return tag("div|data-assent=preferences|role=dialog|aria-modal=true|aria-labelledby=assent-prefs-title|lang=%|class=layer prefs|tabindex=-1", v.Lang).Add(
		tag("div|class=head").Add(
			tag("h2|id=assent-prefs-title").Set(v.S.Preferences),
			tag("button|type=button|class=close|data-assent-action=close|aria-label=%", v.S.Close).Set("\u00d7"),
		),
		tag("p").Set(v.S.PreferencesIntro),
		gpcNote(v),
		list,
		tag("div|class=actions").Add(
			button("reject-all", v.S.RejectAll),
			button("accept-all", v.S.AcceptAll),
			button("save", v.S.Save),
		),
	)
}

func button(action, label string) *Node {
	return tag("button|type=button|class=btn|data-assent-action=%", action).Set(label)
}

func gpcNote(v View) *Node {
	if !v.GPC {
		return nil
	}
	return tag("p|class=gpc|data-assent-notice=gpc").Set(v.S.GPC)
}

func services(s *Strings, list []Service) *Node {
	if len(list) == 0 {
		return nil
	}
	tbl := tag("table").Add(tag("thead").Add(tag("tr").Add(
		tag("th|scope=col").Set(s.Services), tag("th|scope=col").Set(s.Provider),
		tag("th|scope=col").Set(s.Cookies), tag("th|scope=col").Set(s.Retention))))
	body := tag("tbody")
	for _, sv := range list {
		body.Add(tag("tr").Add(tag("td").Set(sv.Name), tag("td").Set(sv.Provider),
			tag("td").Set(strings.Join(sv.Cookies, ", ")), tag("td").Set(sv.Retention)))
	}
	return tag("details").Add(tag("summary").Set(s.Services+" ("+strconv.Itoa(len(list))+")"), tbl.Add(body))
}

// NoticeText is the exact text a View shows, one item a line, in display order: title, body, button labels,
// then each purpose's label and description. Its SHA-256 is the record's notice_hash.
func NoticeText(v View) string {
	var b strings.Builder
	for _, s := range []string{v.Title, v.Body, v.S.RejectAll, v.S.AcceptAll, v.S.Customise} {
		b.WriteString(s + "\n")
	}
	for _, p := range v.Purposes {
		b.WriteString(p.Label + "\n" + p.Description + "\n")
	}
	return b.String()
}
