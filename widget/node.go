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

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

func escape(s string) string { return htmlEscaper.Replace(s) }
