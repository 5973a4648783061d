//go:build js && wasm

package widget

import (
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"
)

// A browser whose IndexedDB open never answers (it happens: a stuck upgrade in another tab, a broken profile)
// does not hold the engine: OpenIDB fails after 10 s with an error that says what hung, and the engine then keeps
// proofs in memory (Run). The e2e test "a hung IndexedDB" checks the page: Assent.ready resolves and the choice
// reaches the ledger.
func TestHungIndexedDBOpenFailsClearly(t *testing.T) {
	idb := global("indexedDB")
	open := idb.Get("open")
	idb.Set("open", js.FuncOf(func(js.Value, []js.Value) any { return global("Object").New() })) // never calls back
	defer idb.Set("open", open)
	start := time.Now()
	_, err := OpenIDB("hung-" + strconv.FormatInt(time.Now().UnixNano(), 36))
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "open IndexedDB") || !strings.Contains(err.Error(), "no answer within 10 s") {
		t.Fatalf("OpenIDB = %v, want an error naming IndexedDB and the timeout", err)
	}
	if took < 9*time.Second || took > 15*time.Second {
		t.Errorf("OpenIDB gave up after %v, want 10 s", took)
	}
}

// Every awaited Promise settles within the timeout, and one that settles in time is not affected.
func TestAwaitSettledPromise(t *testing.T) {
	v, err := await(global("Promise").Call("resolve", 42))
	if err != nil || v.Int() != 42 {
		t.Fatalf("await(resolve 42) = %v, %v", v, err)
	}
	_, err = await(global("Promise").Call("reject", global("Error").New("refused")))
	if err == nil || err.Error() != "refused" {
		t.Fatalf("await(reject) = %v, want the Error's message", err)
	}
}

// A panic in the Go function behind a Promise (a Go bug, or a JavaScript exception from a js.Value call) rejects
// that Promise with an Error, and the engine keeps answering.
func TestPromisePanicRejects(t *testing.T) {
	for name, fn := range map[string]func() (any, error){
		"go panic":     func() (any, error) { var m map[string]int; m["x"] = 1; return nil, nil },
		"js exception": func() (any, error) { return global("JSON").Call("parse", "{"), nil },
	} {
		if _, err := await(promise(fn)); err == nil || err.Error() != "assent: internal error" {
			t.Errorf("%s: %v, want the rejection \"assent: internal error\"", name, err)
		}
	}
	v, err := await(promise(func() (any, error) { return "still running", nil }))
	if err != nil || v.String() != "still running" {
		t.Fatalf("after the panics: %v, %v", v, err)
	}
}
