//go:build js && wasm

// Command base is the size baseline of a Go wasm program: syscall/js and strconv, nothing else.
package main

import (
	"strconv"
	"syscall/js"
)

func main() {
	js.Global().Set("x", strconv.Itoa(js.Global().Get("y").Int()))
}
