//go:build js && wasm

package widget

import (
	"syscall/js"
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
	return o
}

// records returns the stored proofs as [{record, receipt, synced, error}] in chain order.
func (e *Engine) records() (any, error) {
	list, err := e.proofs().List()
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
