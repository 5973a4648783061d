//go:build js && wasm

package widget

import (
	"context"
	"strconv"
	"syscall/js"
	"testing"
	"time"

	"github.com/hack-pad/go-indexeddb/idb"
)

// The widget's proofs are ordinary IndexedDB data: records the widget stores are read back through
// github.com/hack-pad/go-indexeddb, and survive closing and reopening the database.
func TestIDBStoreRoundTripThroughGoIndexedDB(t *testing.T) {
	site := "idb-test-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	s, err := OpenIDB(site)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Subject()) != 22 {
		t.Fatalf("subject %q: want 16 random bytes as base64url", s.Subject())
	}
	for i := 0; i < 3; i++ {
		_, err := s.Append(func(prev string) (Entry, error) {
			return Entry{ID: "rec-" + strconv.Itoa(i), Hash: "hash-" + strconv.Itoa(i), Record: `{"prev":"` + prev + `"}`}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.List()
	if err != nil || len(list) != 3 {
		t.Fatalf("List = %v, %v", list, err)
	}
	if list[1].Record != `{"prev":"hash-0"}` || list[2].Seq != 3 {
		t.Fatalf("chain broken: %+v", list)
	}
	list[0].Receipt = `{"index":0}`
	if err := s.Update(list[0]); err != nil {
		t.Fatal(err)
	}
	s.db.Call("close")

	// Read it back with go-indexeddb.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := idb.Global().Open(ctx, DBName(site), 1, func(*idb.Database, uint, uint) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	db, err := req.Await(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.Transaction(idb.TransactionReadOnly, "records", "meta")
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := tx.ObjectStore("records")
	get, err := recs.Get(js.ValueOf("rec-0"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := get.Await(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.Get("receipt").String() != `{"index":0}` || v.Get("seq").Int() != 1 {
		t.Fatalf("rec-0 via go-indexeddb = %v", v)
	}
	meta, _ := tx.ObjectStore("meta")
	hreq, _ := meta.Get(js.ValueOf("head"))
	head, err := hreq.Await(ctx)
	if err != nil || head.Get("hash").String() != "hash-2" || head.Get("seq").Int() != 3 {
		t.Fatalf("head = %v, %v", head, err)
	}
	db.Close()

	// Reopened, the widget's store keeps its subject and continues the chain.
	s2, err := OpenIDB(site)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Subject() != s.Subject() {
		t.Fatalf("subject changed across reopen: %s != %s", s2.Subject(), s.Subject())
	}
	e, err := s2.Append(func(prev string) (Entry, error) {
		if prev != "hash-2" {
			t.Errorf("prev after reopen = %q, want hash-2", prev)
		}
		return Entry{ID: "rec-3", Hash: "hash-3"}, nil
	})
	if err != nil || e.Seq != 4 {
		t.Fatalf("append after reopen: %+v %v", e, err)
	}
}

// Two appends racing (two tabs) never fork the chain: each sees the other's head.
func TestIDBStoreConcurrentAppendsDoNotFork(t *testing.T) {
	site := "idb-race-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	a, err := OpenIDB(site)
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenIDB(site)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 20)
	for i := 0; i < 20; i++ {
		st := a
		if i%2 == 1 {
			st = b
		}
		go func(i int) {
			_, err := st.Append(func(prev string) (Entry, error) {
				return Entry{ID: "r" + strconv.Itoa(i), Hash: "h" + strconv.Itoa(i), Record: prev}, nil
			})
			done <- err
		}(i)
	}
	for i := 0; i < 20; i++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	list, _ := a.List()
	if len(list) != 20 {
		t.Fatalf("%d entries, want 20", len(list))
	}
	for i, e := range list {
		want := ""
		if i > 0 {
			want = list[i-1].Hash
		}
		if e.Record != want || e.Seq != i+1 {
			t.Fatalf("entry %d: prev %q want %q (seq %d): the chain forked", i, e.Record, want, e.Seq)
		}
	}
}
