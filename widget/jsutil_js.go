//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// global returns a property of the JS global object.
func global(name string) js.Value { return js.Global().Get(name) }

// await blocks the calling goroutine until p settles, and fails with "no answer within 10 s" when p has not
// settled by then (engine.js's within): a hung IndexedDB open or fetch fails clearly instead of holding the
// engine forever. Never call it from inside a JS callback: run it in a goroutine (the callback's goroutine is the
// one that must return for the promise to settle).
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	var ok, fail js.Func
	ok = js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- result{v: arg0(args)}
		return nil
	})
	fail = js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- result{err: jsError(arg0(args))}
		return nil
	})
	global("__assent").Call("within", p).Call("then", ok, fail)
	r := <-ch
	ok.Release()
	fail.Release()
	return r.v, r.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// jsError turns a thrown JS value into a Go error.
func jsError(v js.Value) error {
	if v.Type() == js.TypeObject && v.Get("message").Type() == js.TypeString {
		return errors.New(v.Get("message").String())
	}
	if v.Type() == js.TypeString {
		return errors.New(v.String())
	}
	return errors.New("javascript error")
}

// promise returns a JS Promise settled by fn, which runs in its own goroutine (so it may await). An error
// rejects it with an Error of the error's text; a panic in fn rejects it with an Error "assent: internal error:
// ..." and leaves the engine running.
func promise(fn func() (any, error)) js.Value {
	var exec js.Func
	exec = js.FuncOf(func(this js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		exec.Release()
		go func() {
			defer func() { // a panic in fn rejects the Promise; the engine keeps running
				if recover() != nil {
					reject.Invoke(global("Error").New("assent: internal error"))
				}
			}()
			v, err := fn()
			if err != nil {
				reject.Invoke(global("Error").New(err.Error()))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	return global("Promise").New(exec)
}

// str returns v as a string, or "" when it is not a string.
func str(v js.Value) string {
	if v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

// strMap returns a JS object of strings (or a plain string, under the key "") as a map.
func strMap(v js.Value) map[string]string {
	m := map[string]string{}
	switch v.Type() {
	case js.TypeString:
		m[""] = v.String()
	case js.TypeObject:
		keys := global("Object").Call("keys", v)
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			m[k] = str(v.Get(k))
		}
	}
	return m
}

// strList returns a JS array of strings as a slice.
func strList(v js.Value) []string {
	if v.Type() != js.TypeObject || !global("Array").Call("isArray", v).Bool() {
		return nil
	}
	out := make([]string, 0, v.Length())
	for i := 0; i < v.Length(); i++ {
		if s := str(v.Index(i)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// object returns a new JS object from alternating property names and values (anything js.ValueOf takes).
func object(kv ...any) js.Value {
	o := global("Object").New()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// parseJSON parses JSON text with the browser's parser: null for "", undefined for text that is not JSON (a
// receipt the endpoint garbled fails its check instead of stopping the engine).
func parseJSON(s string) js.Value {
	if s == "" {
		return js.Null()
	}
	return global("__assent").Call("parse", s)
}

// now returns the current time as an ISO 8601 string with milliseconds (UTC).
func now() string { return global("Date").New().Call("toISOString").String() }

// warn writes a console warning.
func warn(args ...any) { global("console").Call("warn", args...) }
