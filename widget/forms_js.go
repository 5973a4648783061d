//go:build js && wasm

package widget

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// renderForms fills every [data-assent-form] element with the control rules.DecideBrief calls for, in light DOM,
// and records the visitor's marketing choice when the enclosing form is submitted (or, outside a form, when
// the box changes).
func (e *Engine) renderForms() {
	els := e.doc.Call("querySelectorAll", "[data-assent-form]")
	for i := 0; i < els.Length(); i++ {
		e.renderForm(els.Index(i))
	}
}

func (e *Engine) renderForm(el js.Value) {
	name := str(el.Call("getAttribute", "data-assent-form"))
	channel, context := str(el.Call("getAttribute", "data-channel")), str(el.Call("getAttribute", "data-context"))
	if channel == "" {
		channel = "email"
	}
	d, err := FormDecision(e.dec.Country, channel, context, now()[:10])
	if err != nil {
		warn("assent: form "+name+":", err.Error())
		return
	}
	node := Form(e.s, name, channel, d.Model, d.DoubleOptIn)
	el.Set("textContent", "")
	if node == nil {
		warn("assent: form " + name + ": marketing by " + channel + " is not allowed here (rule " + d.Rules[0] +
			"; Assent.decide explains it)")
		return
	}
	el.Call("appendChild", Render(e.doc, node))
	dec := &rules.RecordDecision{Model: d.Model, Rules: append([]string(nil), d.Rules...)}
	form := &rules.Form{Name: name, Channel: channel, Context: context}
	box := el.Call("querySelector", "input[data-assent-choice]")
	choice := str(box.Call("getAttribute", "data-assent-choice"))
	host := el.Call("closest", "form")
	onChoice := js.FuncOf(func(_ js.Value, args []js.Value) any {
		action := FormAction(choice, box.Get("checked").Bool())
		submit := !host.IsNull() && len(args) > 0 && args[0].Get("type").String() == "submit"
		if submit {
			// Hold the submission until the record is stored: navigating away could lose it.
			args[0].Call("preventDefault")
		}
		// Where the choice was made: the form's one control, measured by the loader as it measures the layers.
		ui := uiFromJS(object("layer", 0, "surface", "form", "accept", e.b.Call("box", box)))
		go func() {
			ent, err := e.record(action, e.current(), ui, form, dec)
			if err != nil {
				warn("assent: could not record the form choice:", err.Error())
			} else {
				e.b.Call("queue", e.sync.pending()+1) // the next page sends it if this one cannot
				e.sync.flush()
			}
			if submit {
				setHidden(e.doc, host, "assent_record", ent.ID)
				host.Call("submit")
			}
		}()
		return nil
	})
	e.funcs = append(e.funcs, onChoice)
	if !host.IsNull() {
		host.Call("addEventListener", "submit", onChoice)
	} else {
		box.Call("addEventListener", "change", onChoice)
	}
}

// setHidden sets (adding if needed) a hidden input of a form: the site's server gets the record id, e.g. to
// ask the endpoint for a double opt-in token (POST /v1/doi).
func setHidden(doc, form js.Value, name, value string) {
	in := form.Call("querySelector", `input[type=hidden][name="`+name+`"]`)
	if in.IsNull() {
		in = doc.Call("createElement", "input")
		in.Set("type", "hidden")
		in.Set("name", name)
		form.Call("appendChild", in)
	}
	in.Set("value", value)
}
