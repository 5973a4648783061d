//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/syumai/workers/cloudflare"
)

// bindingLimiter is a ledger.Limiter on Cloudflare's rate limiting binding (wrangler.toml [[ratelimits]],
// binding RATE_LIMITER): limit(key) counts the request in the binding's window at the edge.
type bindingLimiter struct{ b js.Value }

// rateLimiter returns the binding's limiter, or nil (no limit) when the binding is not configured.
func rateLimiter() *bindingLimiter {
	b := cloudflare.GetBinding("RATE_LIMITER")
	if b.IsUndefined() || b.IsNull() {
		return nil
	}
	return &bindingLimiter{b: b}
}

// Allow implements ledger.Limiter. If the binding fails, the request is allowed: losing a consent record
// is worse than serving one request too many.
func (l *bindingLimiter) Allow(key string) bool {
	opts := js.Global().Get("Object").New()
	opts.Set("key", key)
	res, err := awaitPromise(l.b.Call("limit", opts))
	if err != nil {
		return true
	}
	return res.Get("success").Truthy()
}

// awaitPromise waits for a JS promise from the request's goroutine.
func awaitPromise(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(_ js.Value, args []js.Value) any { ch <- result{v: args[0]}; return nil })
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: js.Error{Value: args[0]}}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}
