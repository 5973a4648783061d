//go:build js && wasm

// Command verifier checks consent proofs in the browser for site/verify.html: one record with its receipt, or a
// whole export (NDJSON of {"record","receipt"} lines). It is the same code as `assent verify` (package proof and
// rules/codec), compiled to wasm; size matters less here than in the widget, so it uses the standard library.
package main

import (
	"syscall/js"

	"github.com/assent-dev/assent/wasm/verifier/check"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("verify", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 {
			return check.Result{Error: "verify(text, verifierKey) needs two arguments"}.JSON()
		}
		return check.Verify(args[0].String(), args[1].String()).JSON()
	}))
	js.Global().Set("AssentVerifier", api)
	if ready := js.Global().Get("onAssentVerifier"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
