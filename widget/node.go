package widget

import "strings"

// Node is one element or text node of the widget's view. A Node with an empty Tag is a text node.
type Node struct {
	Tag   string
	Attrs []Attr
	Text  string // text content (of a text node, or of an element with no Kids)
	Kids  []*Node
}

// Attr is one attribute of a Node.
type Attr struct{ Name, Value string }

// El returns an element with attributes given as name, value pairs.
func El(tag string, attrs ...string) *Node {
	n := &Node{Tag: tag}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.Attrs = append(n.Attrs, Attr{attrs[i], attrs[i+1]})
	}
	return n
}

// tag returns an element from a compact spec: the tag name, then "|name=value" for each attribute in order,
// where a value "%" takes the next of vals. The views use it rather than El because one static string per
// element compiles to far less wasm than a variadic call with a string per attribute name and value.
func tag(spec string, vals ...string) *Node {
	name, rest, _ := strings.Cut(spec, "|")
	n := &Node{Tag: name}
	for rest != "" {
		var a string
		a, rest, _ = strings.Cut(rest, "|")
		k, v, _ := strings.Cut(a, "=")
		if v == "%" {
			v, vals = vals[0], vals[1:]
		}
		n.Attrs = append(n.Attrs, Attr{k, v})
	}
	return n
}

// Txt returns a text node.
func Txt(s string) *Node { return &Node{Text: s} }

// Add appends children and returns n.
func (n *Node) Add(kids ...*Node) *Node {
	for _, k := range kids {
		if k != nil {
			n.Kids = append(n.Kids, k)
		}
	}
	return n
}

// Set sets the text content of an element and returns it.
func (n *Node) Set(text string) *Node { n.Text = text; return n }

// Attr returns the value of an attribute, or "".
func (n *Node) Attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// Find returns the first node, in document order, whose attribute name has value.
func (n *Node) Find(name, value string) *Node {
	if n.Tag != "" && n.Attr(name) == value {
		return n
	}
	for _, k := range n.Kids {
		if f := k.Find(name, value); f != nil {
			return f
		}
	}
	return nil
}

var voidTags = map[string]bool{"input": true, "br": true, "img": true, "hr": true, "meta": true, "link": true}

// HTML renders n as HTML with every text and attribute value escaped.
func (n *Node) HTML() string {
	var b strings.Builder
	n.html(&b)
	return b.String()
}

func (n *Node) html(b *strings.Builder) {
	if n.Tag == "" {
		b.WriteString(escape(n.Text))
		return
	}
	b.WriteString("<" + n.Tag)
	for _, a := range n.Attrs {
		b.WriteString(" " + a.Name + `="` + escape(a.Value) + `"`)
	}
	b.WriteString(">")
	if voidTags[n.Tag] {
		return
	}
	b.WriteString(escape(n.Text))
	for _, k := range n.Kids {
		k.html(b)
	}
	b.WriteString("</" + n.Tag + ">")
}

// escape replaces & < > " ' with entities (as html.EscapeString, without pulling its package in).
func escape(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); i++ {
		var e string
		switch s[i] {
		case '&':
			e = "&amp;"
		case '<':
			e = "&lt;"
		case '>':
			e = "&gt;"
		case '"':
			e = "&#34;"
		case '\'':
			e = "&#39;"
		default:
			continue
		}
		b = append(append(b, s[last:i]...), e...)
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}
