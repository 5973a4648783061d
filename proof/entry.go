package proof

import (
	"errors"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// TimeLayout is the layout of server times in entries and receipts: UTC with milliseconds.
const TimeLayout = "2006-01-02T15:04:05.000Z"

// Entry is one log entry: a record, by its hash, and the server time it was logged at.
type Entry struct {
	RecordHash string // lower-case hex SHA-256, the record's "hash" field
	LoggedAt   string // server time in TimeLayout
}

// FormatTime returns t in TimeLayout, in UTC.
func FormatTime(t time.Time) string {
	return t.UTC().Format(TimeLayout)
}

var errEntryMalformed = errors.New("proof: malformed entry")

// Check reports whether e is well-formed: a 64-character lower-case hex record hash and a canonical time.
func (e Entry) Check() error {
	if !validHexHash(e.RecordHash) || !validTime(e.LoggedAt) {
		return errEntryMalformed
	}
	return nil
}

// Text returns the leaf data of e (see the package documentation).
func (e Entry) Text() []byte {
	b := make([]byte, 0, 128)
	b = append(b, "assent-entry/v1\nrecord "...)
	b = append(b, e.RecordHash...)
	b = append(b, "\nlogged "...)
	b = append(b, e.LoggedAt...)
	return append(b, '\n')
}

// LeafHash returns the Merkle leaf hash of e: tlog.RecordHash(e.Text()).
func (e Entry) LeafHash() tlog.Hash {
	return tlog.RecordHash(e.Text())
}

func validHexHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func validTime(s string) bool {
	t, err := time.Parse(TimeLayout, s)
	return err == nil && t.Format(TimeLayout) == s
}
