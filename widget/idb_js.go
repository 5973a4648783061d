//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// IDBStore is the ProofStore of the browser: IndexedDB database "assent:<site>" with the object stores
// "records" (key path "id"; values {id, seq, hash, record, receipt, error}) and "meta" (the chain head under
// "head" and the subject under "subject").
//
// It is a thin binding of the IndexedDB API written for size: github.com/hack-pad/go-indexeddb, which the tests
// use to check that the data is ordinary IndexedDB, adds about 190 KB brotli to the wasm (it pulls in fmt, log
// and reflect), more than twice the widget's whole budget for its own code.
type IDBStore struct {
	db      js.Value
	subject string
}

// DBName is the IndexedDB database name of a site's proofs.
func DBName(site string) string { return "assent:" + site }

// OpenIDB opens (creating if needed) the proof database of site and its subject id.
func OpenIDB(site string) (*IDBStore, error) {
	factory := global("indexedDB")
	if !factory.Truthy() {
		return nil, errors.New("widget: IndexedDB is not available")
	}
	req := factory.Call("open", DBName(site), 1)
	var upgrade js.Func
	upgrade = js.FuncOf(func(this js.Value, args []js.Value) any {
		db := req.Get("result")
		if !db.Get("objectStoreNames").Call("contains", "records").Bool() {
			db.Call("createObjectStore", "records", object("keyPath", "id"))
		}
		if !db.Get("objectStoreNames").Call("contains", "meta").Bool() {
			db.Call("createObjectStore", "meta")
		}
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	db, err := awaitRequest(req)
	upgrade.Release()
	if err != nil {
		return nil, errors.New("widget: open IndexedDB: " + err.Error())
	}
	s := &IDBStore{db: db}
	if err := s.loadSubject(); err != nil {
		return nil, err
	}
	return s, nil
}

// awaitRequest waits for an IDBRequest to succeed or fail. Call it from a goroutine, never a JS callback.
func awaitRequest(req js.Value) (js.Value, error) {
	ch := make(chan error, 1)
	var ok, fail js.Func
	ok = js.FuncOf(func(js.Value, []js.Value) any { ch <- nil; return nil })
	fail = js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- jsError(req.Get("error"))
		return nil
	})
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	err := <-ch
	ok.Release()
	fail.Release()
	if err != nil {
		return js.Undefined(), err
	}
	return req.Get("result"), nil
}

// awaitTx waits for a transaction to complete.
func awaitTx(tx js.Value) error {
	ch := make(chan error, 1)
	var done, fail js.Func
	done = js.FuncOf(func(js.Value, []js.Value) any { ch <- nil; return nil })
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		e := tx.Get("error")
		if e.Truthy() {
			ch <- jsError(e)
		} else {
			ch <- errors.New("widget: IndexedDB transaction aborted")
		}
		return nil
	})
	tx.Set("oncomplete", done)
	tx.Set("onerror", fail)
	tx.Set("onabort", fail)
	err := <-ch
	done.Release()
	fail.Release()
	return err
}

func (s *IDBStore) loadSubject() error {
	tx := s.db.Call("transaction", []any{"meta"}, "readwrite")
	meta := tx.Call("objectStore", "meta")
	req := meta.Call("get", "subject")
	var got js.Func
	got = js.FuncOf(func(js.Value, []js.Value) any {
		if v := req.Get("result"); v.Type() == js.TypeString {
			s.subject = v.String()
		} else {
			s.subject = randomID()
			meta.Call("put", s.subject, "subject")
		}
		return nil
	})
	req.Set("onsuccess", got)
	err := awaitTx(tx)
	got.Release()
	return err
}

// randomID returns 16 random bytes from crypto.getRandomValues, base64url without padding (22 characters).
func randomID() string {
	b := global("Uint8Array").New(16)
	global("crypto").Call("getRandomValues", b)
	raw := make([]byte, 16)
	js.CopyBytesToGo(raw, b)
	return base64URL(raw)
}

// sha256Hex returns the lower-case hex SHA-256 of data (see webSHA256).
func sha256Hex(data []byte) (string, error) {
	sum, err := webSHA256(data)
	return hexString(sum[:]), err
}

// Subject implements ProofStore.
func (s *IDBStore) Subject() string { return s.subject }

// Append implements ProofStore. It reads the chain head, seals the record outside any transaction (sealing
// awaits WebCrypto), then in one readwrite transaction stores the record and moves the head only if the head is
// still the one it sealed against; otherwise another tab appended first and it seals again on the new head.
// IndexedDB runs readwrite transactions over the same stores one at a time, so the chain cannot fork.
func (s *IDBStore) Append(seal SealFunc) (Entry, error) {
	for attempt := 0; attempt < 50; attempt++ {
		prev, seq, err := s.head()
		if err != nil {
			return Entry{}, err
		}
		e, err := seal(prev)
		if err != nil {
			return Entry{}, err
		}
		e.Seq = seq + 1
		ok, err := s.putIfHead(e, prev)
		if err != nil || ok {
			return e, err
		}
	}
	return Entry{}, errors.New("widget: the proof chain kept moving; giving up")
}

// head returns the hash and sequence number of the last record ("" and 0 for none).
func (s *IDBStore) head() (string, int, error) {
	tx := s.db.Call("transaction", []any{"meta"}, "readonly")
	v, err := awaitRequest(tx.Call("objectStore", "meta").Call("get", "head"))
	if err != nil || v.Type() != js.TypeObject {
		return "", 0, err
	}
	return str(v.Get("hash")), v.Get("seq").Int(), nil
}

// putIfHead stores e as the new head if the head's hash is still prev.
func (s *IDBStore) putIfHead(e Entry, prev string) (bool, error) {
	tx := s.db.Call("transaction", []any{"records", "meta"}, "readwrite")
	meta := tx.Call("objectStore", "meta")
	req := meta.Call("get", "head")
	moved := false
	var got js.Func
	got = js.FuncOf(func(js.Value, []js.Value) any {
		cur := ""
		if h := req.Get("result"); h.Type() == js.TypeObject {
			cur = str(h.Get("hash"))
		}
		if cur != prev {
			moved = true
			tx.Call("abort")
			return nil
		}
		tx.Call("objectStore", "records").Call("put", entryValue(e))
		h := global("Object").New()
		h.Set("hash", e.Hash)
		h.Set("seq", e.Seq)
		meta.Call("put", h, "head")
		return nil
	})
	req.Set("onsuccess", got)
	err := awaitTx(tx)
	got.Release()
	if moved {
		return false, nil
	}
	return err == nil, err
}

// Update implements ProofStore.
func (s *IDBStore) Update(e Entry) error {
	tx := s.db.Call("transaction", []any{"records"}, "readwrite")
	tx.Call("objectStore", "records").Call("put", entryValue(e))
	return awaitTx(tx)
}

// List implements ProofStore.
func (s *IDBStore) List() ([]Entry, error) {
	tx := s.db.Call("transaction", []any{"records"}, "readonly")
	all, err := awaitRequest(tx.Call("objectStore", "records").Call("getAll"))
	if err != nil {
		return nil, err
	}
	out := make([]Entry, all.Length())
	for i := range out {
		v := all.Index(i)
		out[i] = Entry{ID: str(v.Get("id")), Seq: v.Get("seq").Int(), Hash: str(v.Get("hash")),
			Record: str(v.Get("record")), Receipt: str(v.Get("receipt")), Error: str(v.Get("error"))}
	}
	sortEntries(out)
	return out, nil
}

func entryValue(e Entry) js.Value {
	v := object("id", e.ID, "hash", e.Hash, "record", e.Record, "receipt", e.Receipt, "error", e.Error)
	v.Set("seq", e.Seq)
	return v
}
