//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// IDBStore is the ProofStore of the browser: IndexedDB database "assent:<site>" with the object stores
// "records" (key path "id"; values {id, seq, hash, record, receipt, error}) and "meta" (the chain head under
// "head", and the subject's key pair under "key": {priv: a non-extractable ECDSA P-256 CryptoKey, pub: the raw
// public point in base64url}; browsers without WebCrypto ECDSA keep a random subject under "subject").
//
// The IndexedDB calls themselves are in engine.js (__assent.idb), a few hundred bytes of JavaScript where the
// same binding in Go cost about 4 KB of wasm; github.com/hack-pad/go-indexeddb, which the tests use to check
// that the data is ordinary IndexedDB, adds about 190 KB brotli (it pulls in fmt, log and reflect).
type IDBStore struct {
	db      js.Value
	subject string
}

// DBName is the IndexedDB database name of a site's proofs, as engine.js's idb.forSite names it (the tests read
// the widget's data back under this name).
func DBName(site string) string { return "assent:" + site }

// OpenIDB opens (creating if needed) the proof database of site and its subject: the one derived from the
// site's key pair (engine.js's subjectKey makes it the first time), so the records it seals are version 2.
func OpenIDB(site string) (*IDBStore, error) {
	if !global("indexedDB").Truthy() {
		return nil, errors.New("widget: IndexedDB is not available")
	}
	db, err := idbCall("forSite", site)
	if err != nil {
		return nil, errors.New("widget: open IndexedDB: " + err.Error())
	}
	if sk, err := idbCall("subjectKey", db); err == nil {
		return &IDBStore{db: db, subject: sk.Get("subject").String()}, nil
	}
	// No WebCrypto ECDSA (an old browser): a random subject, version 1 records.
	subject, err := idbCall("subject", db, randomID())
	if err != nil {
		return nil, err
	}
	return &IDBStore{db: db, subject: subject.String()}, nil
}

// idbCall calls a function of the IndexedDB binding in engine.js (__assent.idb) and awaits its Promise. Call it from
// a goroutine, never a JS callback.
func idbCall(fn string, args ...any) (js.Value, error) {
	return await(global("__assent").Get("idb").Call(fn, args...))
}

// randomID returns 16 random bytes from crypto.getRandomValues, base64url without padding (22 characters).
func randomID() string {
	b := global("Uint8Array").New(16)
	global("crypto").Call("getRandomValues", b)
	raw := make([]byte, 16)
	js.CopyBytesToGo(raw, b)
	return base64URL(raw)
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
	v, err := idbCall("head", s.db)
	if err != nil || v.Type() != js.TypeObject {
		return "", 0, err
	}
	return str(v.Get("hash")), v.Get("seq").Int(), nil
}

// putIfHead stores e as the new head if the head's hash is still prev (one readwrite transaction).
func (s *IDBStore) putIfHead(e Entry, prev string) (bool, error) {
	ok, err := idbCall("putIfHead", s.db, entryValue(e), prev)
	return err == nil && ok.Bool(), err
}

// Rewind implements ProofStore.
func (s *IDBStore) Rewind(e Entry, prev string) error {
	_, err := idbCall("rewind", s.db, e.Hash, prev, e.Seq)
	return err
}

// Update implements ProofStore.
func (s *IDBStore) Update(e Entry) error {
	_, err := idbCall("put", s.db, entryValue(e))
	return err
}

// List implements ProofStore.
func (s *IDBStore) List() ([]Entry, error) {
	all, err := idbCall("all", s.db)
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
	return object("id", e.ID, "seq", e.Seq, "hash", e.Hash, "record", e.Record, "receipt", e.Receipt, "error", e.Error)
}
