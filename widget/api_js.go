//go:build js && wasm

package widget

import (
	"strconv"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// api returns the engine's half of window.Assent: the loader forwards its Promise-returning members here.
func (e *Engine) api() js.Value {
	o := global("Object").New()
	fn := func(name string, f func(args []js.Value) (any, error)) {
		jf := js.FuncOf(func(this js.Value, args []js.Value) any {
			return promise(func() (any, error) { return f(args) })
		})
		e.funcs = append(e.funcs, jf)
		o.Set(name, jf)
	}
	choice := func(action string) func([]js.Value) (any, error) {
		return func(args []js.Value) (any, error) {
			var picks map[string]bool
			if action == "save" && len(args) > 0 && args[0].Type() == js.TypeObject {
				picks = map[string]bool{}
				for k, v := range e.picks {
					picks[k] = v
				}
				keys := global("Object").Call("keys", args[0])
				for i := 0; i < keys.Length(); i++ {
					k := keys.Index(i).String()
					picks[k] = args[0].Get(k).Truthy()
				}
			}
			ent, err := e.choose(action, picks, nil)
			if err != nil {
				return nil, err
			}
			return parseJSON(ent.Record), nil
		}
	}
	fn("acceptAll", choice("accept_all"))
	fn("rejectAll", choice("reject_all"))
	fn("save", choice("save"))
	fn("withdraw", choice("withdraw"))
	fn("show", func([]js.Value) (any, error) { e.show(1); return nil, nil })
	fn("showPreferences", func([]js.Value) (any, error) { e.show(2); return nil, nil })
	fn("hide", func([]js.Value) (any, error) { e.hide(); return nil, nil })
	fn("records", func([]js.Value) (any, error) { return e.records() })
	fn("decide", func(args []js.Value) (any, error) {
		if len(args) == 0 {
			return nil, errString("decide: a scenario object is required")
		}
		return DecideJS(args[0])
	})
	return o
}

type errString string

func (e errString) Error() string { return "assent: " + string(e) }

// records returns the stored proofs as [{record, receipt, synced, error}] in chain order.
func (e *Engine) records() (any, error) {
	list, err := e.store.List()
	if err != nil {
		return nil, err
	}
	arr := global("Array").New()
	for _, en := range list {
		o := global("Object").New()
		o.Set("record", parseJSON(en.Record))
		o.Set("receipt", parseJSON(en.Receipt))
		o.Set("synced", en.Receipt != "")
		if en.Receipt != "" && e.cfg.VerifierKey != "" {
			o.Set("verified", e.checkReceipt(en, en.Receipt) == nil)
		}
		if en.Error != "" {
			o.Set("error", en.Error)
		}
		arr.Call("push", o)
	}
	return arr, nil
}

// DecideJS runs rules.Decide on a scenario given as a JS object (the fields of CONTRACT section 6) and returns
// the decision as a JS object. Every field goes through rules.Scenario.Set, the validation every target shares.
func DecideJS(obj js.Value) (any, error) {
	if obj.Type() != js.TypeObject {
		return nil, errString("decide: the scenario must be an object")
	}
	var sc rules.Scenario
	keys := global("Object").Call("keys", obj)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		v := obj.Get(k)
		var s string
		switch v.Type() {
		case js.TypeBoolean:
			s = strconv.FormatBool(v.Bool())
		case js.TypeNumber:
			s = strconv.FormatFloat(v.Float(), 'f', -1, 64)
		case js.TypeString:
			s = v.String()
		case js.TypeNull, js.TypeUndefined:
			continue
		default:
			return nil, errString("decide: field " + k + " must be a string, number or boolean")
		}
		if err := sc.Set(k, s); err != nil {
			return nil, err
		}
	}
	if sc.Date == "" {
		sc.Date = now()[:10]
	}
	d, err := rules.Decide(sc)
	if err != nil {
		return nil, err
	}
	out := object("model", d.Model, "register_check", d.RegisterCheck, "double_opt_in", d.DoubleOptIn)
	rs := global("Array").New()
	for _, r := range d.Reasons {
		rs.Call("push", object("rule", r.Rule, "text", r.Text, "cite", r.Cite, "url", r.URL))
	}
	out.Set("reasons", rs)
	return out, nil
}

// findingsJS converts findings to a JS array of {code, severity, message, cite, field}.
func findingsJS(fs []rules.Finding) js.Value {
	arr := global("Array").New()
	for _, f := range fs {
		arr.Call("push", object("code", f.Code, "severity", f.Severity, "message", f.Message, "cite", f.Cite, "field", f.Field))
	}
	return arr
}
