package widget

import (
	"errors"
	"sync"
)

// Entry is one stored proof: a sealed consent record (its JSON, as sent to the endpoint) and, once the endpoint
// has logged it, the receipt.
type Entry struct {
	ID      string // the record's id
	Seq     int    // position in this browser's chain, from 1
	Hash    string // the record's hash (the next record's prev)
	Record  string // the record as JSON
	Receipt string // the endpoint's receipt as JSON, "" until synced
	Error   string // why the endpoint refused it, if it did (never retried)
}

// Pending reports whether the entry still has to reach the endpoint.
func (e Entry) Pending() bool { return e.Receipt == "" && e.Error == "" }

// SealFunc makes the next record of the chain given the hash of the previous one ("" for the first). It may
// be called more than once when another tab appends at the same time.
type SealFunc func(prev string) (Entry, error)

// ProofStore keeps the proof records of one browser for one site, hash-chained in the order they were made.
type ProofStore interface {
	// Subject returns the pseudonymous id of this browser for this site, made once (16 random bytes, base64url).
	Subject() string
	// Append reads the chain head, seals the next record with it and stores it as the new head, atomically:
	// the record is stored only if the head has not moved meanwhile (else it seals again on the new head).
	Append(seal SealFunc) (Entry, error)
	// Update replaces a stored entry (to add a receipt or an error).
	Update(e Entry) error
	// List returns every entry in chain order.
	List() ([]Entry, error)
	// Rewind takes a refused entry out of the chain: if it is still the head, the next record follows prev (the
	// refused record's own prev) instead.
	Rewind(e Entry, prev string) error
}

// ErrNotFound is returned when an entry does not exist.
var ErrNotFound = errors.New("widget: proof not found")

// MemStore is a ProofStore in memory, for tests and for browsers where IndexedDB is unavailable.
type MemStore struct {
	mu      sync.Mutex
	subject string
	entries []Entry
	head    string // the hash the next record follows: the last entry's, or what Rewind set
}

// NewMemStore returns an empty MemStore for subject.
func NewMemStore(subject string) *MemStore { return &MemStore{subject: subject} }

// Subject implements ProofStore.
func (m *MemStore) Subject() string { return m.subject }

// Append implements ProofStore. It seals without holding the store's lock (the engine's SealFunc lists the
// store), and stores the record only if the head has not moved meanwhile, else seals again, as IDBStore does.
func (m *MemStore) Append(seal SealFunc) (Entry, error) {
	for {
		m.mu.Lock()
		head := m.head
		m.mu.Unlock()
		e, err := seal(head)
		if err != nil {
			return Entry{}, err
		}
		m.mu.Lock()
		if m.head == head {
			e.Seq = len(m.entries) + 1
			m.entries = append(m.entries, e)
			m.head = e.Hash
			m.mu.Unlock()
			return e, nil
		}
		m.mu.Unlock()
	}
}

// Rewind implements ProofStore.
func (m *MemStore) Rewind(e Entry, prev string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.head == e.Hash {
		m.head = prev
	}
	return nil
}

// Update implements ProofStore.
func (m *MemStore) Update(e Entry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range m.entries {
		if m.entries[i].ID == e.ID {
			m.entries[i] = e
			return nil
		}
	}
	return ErrNotFound
}

// List implements ProofStore.
func (m *MemStore) List() ([]Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := append([]Entry(nil), m.entries...)
	sortEntries(out)
	return out, nil
}

// sortEntries sorts es by Seq. An insertion sort: lists arrive nearly sorted, and package sort would add its
// reflection-based swapper to the wasm.
func sortEntries(es []Entry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Seq < es[j-1].Seq; j-- {
			es[j-1], es[j] = es[j], es[j-1]
		}
	}
}

const b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// base64URL encodes b as unpadded base64url (RFC 4648 section 5), the form of the record's subject. It is
// written out because encoding/base64 pulls encoding/binary and reflect into the wasm; the tests check it
// against encoding/base64.
func base64URL(b []byte) string {
	out := make([]byte, 0, (len(b)*4+2)/3)
	for i := 0; i < len(b); i += 3 {
		var n uint32
		k := min(len(b)-i, 3)
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(b[i+j])
			}
		}
		for j := 0; j <= k; j++ {
			out = append(out, b64url[n>>(18-6*j)&63])
		}
	}
	return string(out)
}
