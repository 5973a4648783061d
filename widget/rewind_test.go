package widget

import "testing"

// A refused record leaves the chain: the next record follows the one before it, not the refused one.
func TestMemStoreRewind(t *testing.T) {
	m := NewMemStore("s")
	seal := func(h string) SealFunc {
		return func(prev string) (Entry, error) { return Entry{ID: h, Hash: h, Record: `{"prev":"` + prev + `"}`}, nil }
	}
	a, _ := m.Append(seal("a"))
	b, _ := m.Append(seal("b"))
	m.Rewind(a, "") // not the head: nothing moves
	c, _ := m.Append(seal("c"))
	if c.Record != `{"prev":"b"}` {
		t.Fatalf("c follows %s, want b", c.Record)
	}
	m.Rewind(c, b.Hash) // c refused
	d, _ := m.Append(seal("d"))
	if d.Record != `{"prev":"b"}` {
		t.Fatalf("d follows %s, want b (c was refused)", d.Record)
	}
	m.Rewind(d, "b")
	m.Rewind(Entry{Hash: "b"}, "a")
	e, _ := m.Append(seal("e"))
	if e.Record != `{"prev":"a"}` {
		t.Fatalf("e follows %s, want a (b and d refused)", e.Record)
	}
}
