package main

import (
	"bytes"
	"testing"

	"github.com/andybalholm/brotli"
)

// WidgetBudget is what every first-time visitor may download of the engine: 520 KB brotli (issue "Paint first,
// prove right after", item 7). scripts/size prints the figure; this test keeps it.
const WidgetBudget = 520_000

func TestWidgetWasmWithinBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the widget wasm")
	}
	wasm, err := goWasm(t.TempDir(), "../widget")
	if err != nil {
		t.Fatal(err)
	}
	var br bytes.Buffer
	w := brotli.NewWriterLevel(&br, brotli.BestCompression)
	w.Write(wasm)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("widget wasm: %d B raw, %d B brotli (budget %d)", len(wasm), br.Len(), WidgetBudget)
	if br.Len() > WidgetBudget {
		t.Fatalf("the widget wasm is %d B brotli, over the %d B budget", br.Len(), WidgetBudget)
	}
}
