//go:build js && wasm

package widget

import "syscall/js"

// ValidateJS checks a site config given as a JS object and returns its findings.
func ValidateJS(cfg js.Value) (any, error) {
	return nil, errString("validate: not available yet")
}
