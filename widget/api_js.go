//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// api returns the engine's half of window.Assent: the loader applies choices itself and asks the engine to seal
// them (seal), to list the proofs (records) and to check what it measured (check).
func (e *Engine) api() js.Value {
	o := global("Object").New()
	fn := func(name string, f func(args []js.Value) (any, error)) {
		jf := js.FuncOf(func(this js.Value, args []js.Value) any {
			return promise(func() (any, error) { return f(args) })
		})
		e.funcs = append(e.funcs, jf)
		o.Set(name, jf)
	}
	// seal(id): seals the pending choices and resolves to the record of id.
	fn("seal", func(args []js.Value) (any, error) {
		id := str(arg0(args))
		sealed := e.sealPending()
		if ent, ok := sealed[id]; ok {
			return parseJSON(ent.Record), nil
		}
		list, err := e.proofs().List()
		if err != nil {
			return nil, err
		}
		for _, en := range list {
			if en.ID == id {
				return parseJSON(en.Record), nil
			}
		}
		return nil, errors.New("assent: choice not recorded: " + id)
	})
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
