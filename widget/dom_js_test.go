//go:build js && wasm

package widget

import (
	"syscall/js"
	"testing"
)

// The view renders to real DOM in Chromium: a hostile label stays text, and clicking a rendered button fires.
func TestRenderAndClick(t *testing.T) {
	doc := global("document")
	v := testView()
	v.Purposes[1].Label = `<img src=x onerror="window.pwned=1">`
	host := doc.Call("createElement", "div")
	doc.Get("body").Call("appendChild", host)
	root := host.Call("attachShadow", object("mode", "open"))
	root.Call("appendChild", Render(doc, Preferences(v)))
	if root.Call("querySelector", "img").Truthy() {
		t.Fatal("a config string became markup")
	}
	label := root.Call("querySelector", `label[for="assent-p-1"]`)
	if label.Get("textContent").String() != v.Purposes[1].Label {
		t.Fatalf("label text = %q", label.Get("textContent").String())
	}
	clicked := make(chan string, 1)
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		clicked <- args[0].Get("target").Call("getAttribute", "data-assent-action").String()
		return nil
	})
	defer f.Release()
	root.Call("addEventListener", "click", f)
	root.Call("querySelector", `[data-assent-action="save"]`).Call("click")
	if got := <-clicked; got != "save" {
		t.Fatalf("clicked %q", got)
	}
	box := root.Call("querySelector", `input[data-assent-purpose="analytics"]`)
	if box.Get("checked").Bool() {
		t.Fatal("analytics pre-ticked in the DOM")
	}
	box.Call("click")
	if !box.Get("checked").Bool() {
		t.Fatal("clicking the toggle did not tick it")
	}
	host.Call("remove")
}

func TestHexColor(t *testing.T) {
	for in, want := range map[string]string{"rgb(26, 86, 219)": "#1a56db", "rgba(0, 0, 0, 0)": "#00000000", "rgb(255 255 255)": "#ffffff", "red": "red"} {
		if got := hexColor(in); got != want {
			t.Errorf("hexColor(%q) = %q, want %q", in, got, want)
		}
	}
}
