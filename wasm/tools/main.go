//go:build js && wasm

// Command tools checks consent proofs in the browser for site/verify.html: one record with its receipt, or a
// whole export (NDJSON of {"record","receipt"} lines); the loader also loads it on demand for Assent.validate
// and Assent.decide, whose config validator and law texts are too big to ship to every visitor with the
// engine; and the config builder (site/builder.html) builds its preview's site loader with it (siteLoader). It is the same code as `assent verify`, `validate` and `decide` (packages proof and rules/codec),
// compiled to wasm; size matters less here than in the widget, so it uses the standard library.
package main

import (
	"syscall/js"
	"time"

	"github.com/assent-dev/assent/wasm/tools/check"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("verify", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 {
			return check.Result{Error: "verify(text, verifierKey) needs two arguments"}.JSON()
		}
		return check.Verify(args[0].String(), args[1].String()).JSON()
	}))
	api.Set("validate", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return `[{"code":"usage","severity":"error","message":"validate(configJSON) needs one argument"}]`
		}
		return check.ValidateConfig(args[0].String(), time.Now())
	}))
	api.Set("decide", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return `{"error":"decide(scenarioJSON) needs one argument"}`
		}
		return check.Decide(args[0].String(), time.Now().Format(time.DateOnly))
	}))
	api.Set("theme", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return check.Theme("")
		}
		return check.Theme(args[0].String())
	}))
	api.Set("ui", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return check.UI("")
		}
		return check.UI(args[0].String())
	}))
	api.Set("siteLoader", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 4 {
			return `{"error":"siteLoader(loaderJS, configJSON, acceptLanguage, base) needs four arguments"}`
		}
		return check.SiteLoader(args[0].String(), args[1].String(), args[2].String(), args[3].String(), time.Now())
	}))
	js.Global().Set("AssentVerifier", api)
	if ready := js.Global().Get("onAssentVerifier"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
