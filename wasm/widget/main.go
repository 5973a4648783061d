//go:build js && wasm

// Command widget is the engine of Assent's consent widget, built to WebAssembly by wasm/build and started by the
// loader (wasm/assent.js).
package main

import "github.com/assent-dev/assent/widget"

func main() {
	widget.Run()
	select {}
}
