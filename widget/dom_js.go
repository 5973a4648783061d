//go:build js && wasm

package widget

import "syscall/js"

// Render builds DOM nodes for n in doc. Text goes through textContent and createTextNode only: strings from
// site configs can never become markup.
func Render(doc js.Value, n *Node) js.Value {
	if n.Tag == "" {
		return doc.Call("createTextNode", n.Text)
	}
	el := doc.Call("createElement", n.Tag)
	for _, a := range n.Attrs {
		el.Call("setAttribute", a.Name, a.Value)
	}
	if n.Text != "" {
		el.Set("textContent", n.Text)
	}
	for _, k := range n.Kids {
		el.Call("appendChild", Render(doc, k))
	}
	return el
}
