package proof

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// OriginSuffix ends the origin line of every Assent log head: the origin of site S's log is S + OriginSuffix.
const OriginSuffix = "/consent-log"

// MaxHeadSize is the largest signed head OpenHead and ParseReceipt accept, in bytes.
const MaxHeadSize = 2048

// Head is a tree head: the log it belongs to (its origin), the number of entries and the Merkle root.
type Head struct {
	Origin string
	Size   int64
	Root   tlog.Hash
}

// Origin returns the origin line of site's log: site + OriginSuffix.
func Origin(site string) string {
	return site + OriginSuffix
}

// Site returns the site whose log h is the head of, or "" if h.Origin is not an Assent log origin.
func (h Head) Site() string {
	site, ok := strings.CutSuffix(h.Origin, OriginSuffix)
	if !ok {
		return ""
	}
	return site
}

// Text returns the checkpoint text of h: origin, size and base64 root, one per line.
func (h Head) Text() []byte {
	b := make([]byte, 0, len(h.Origin)+70)
	b = append(b, h.Origin...)
	b = append(b, '\n')
	b = strconv.AppendInt(b, h.Size, 10)
	b = append(b, '\n')
	b = base64.StdEncoding.AppendEncode(b, h.Root[:])
	return append(b, '\n')
}

var errHeadMalformed = errors.New("proof: malformed tree head")

// ErrHeadSignature is returned by OpenHead (and so by VerifyReceipt and VerifyLog) for a well-formed head
// that the verifier key did not sign: another log's key, or a forged signature.
var ErrHeadSignature = errors.New("proof: tree head not signed by the given key")

// ParseHeadText parses checkpoint text as made by Head.Text. It accepts only the canonical form: an origin
// that is a valid site name plus OriginSuffix, a decimal size without sign or leading zeros, a canonical
// base64 root, and nothing else.
func ParseHeadText(text []byte) (Head, error) {
	lines := strings.Split(string(text), "\n")
	if len(lines) != 4 || lines[3] != "" {
		return Head{}, errHeadMalformed
	}
	h := Head{Origin: lines[0]}
	if !ValidSite(h.Site()) {
		return Head{}, errHeadMalformed
	}
	size, err := parseCount(lines[1])
	if err != nil {
		return Head{}, errHeadMalformed
	}
	h.Size = size
	root, err := base64.StdEncoding.Strict().DecodeString(lines[2])
	if err != nil || len(root) != tlog.HashSize {
		return Head{}, errHeadMalformed
	}
	copy(h.Root[:], root)
	if !bytes.Equal(h.Text(), text) {
		return Head{}, errHeadMalformed
	}
	return h, nil
}

// parseCount parses a canonical non-negative decimal: no sign, no leading zeros, at most 15 digits (sizes up to
// 10^15 stay exact in JavaScript numbers too).
func parseCount(s string) (int64, error) {
	if s == "" || len(s) > 15 || (s[0] == '0' && len(s) > 1) {
		return 0, errHeadMalformed
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errHeadMalformed
		}
	}
	return strconv.ParseInt(s, 10, 64)
}

// SignHead signs h as a note with s. Ed25519 signatures are deterministic: the same head and key always
// give the same bytes.
func SignHead(h Head, s note.Signer) ([]byte, error) {
	msg, err := note.Sign(&note.Note{Text: string(h.Text())}, s)
	if err != nil {
		return nil, fmt.Errorf("proof: signing tree head: %w", err)
	}
	return msg, nil
}

// OpenHead checks that msg is a tree head signed by v and returns the head. It requires exactly one
// signature line, made by v, in canonical base64, over canonical checkpoint text (see ParseHeadText), and at
// most MaxHeadSize bytes.
func OpenHead(msg []byte, v note.Verifier) (Head, error) {
	if len(msg) > MaxHeadSize {
		return Head{}, errHeadMalformed
	}
	if v == nil {
		return Head{}, errors.New("proof: no verifier key")
	}
	n, err := note.Open(msg, note.VerifierList(v))
	if err != nil {
		var unverified *note.UnverifiedNoteError
		var invalid *note.InvalidSignatureError
		if errors.As(err, &unverified) || errors.As(err, &invalid) {
			return Head{}, ErrHeadSignature
		}
		return Head{}, errHeadMalformed
	}
	if len(n.Sigs) != 1 || len(n.UnverifiedSigs) != 0 {
		return Head{}, errHeadMalformed
	}
	sig := n.Sigs[0]
	raw, err := base64.StdEncoding.Strict().DecodeString(sig.Base64)
	if err != nil || base64.StdEncoding.EncodeToString(raw) != sig.Base64 {
		return Head{}, errHeadMalformed
	}
	if want := n.Text + "\n— " + sig.Name + " " + sig.Base64 + "\n"; want != string(msg) {
		return Head{}, errHeadMalformed
	}
	return ParseHeadText([]byte(n.Text))
}

// peekHead parses a signed head without checking its signature, for structural checks in ParseReceipt.
func peekHead(msg []byte) (Head, error) {
	if len(msg) > MaxHeadSize {
		return Head{}, errHeadMalformed
	}
	i := bytes.Index(msg, []byte("\n\n— "))
	if i < 0 || msg[len(msg)-1] != '\n' {
		return Head{}, errHeadMalformed
	}
	return ParseHeadText(msg[:i+1])
}

// ValidSite reports whether s can name a site in a log origin: 1 to 253 bytes of lower-case letters, digits,
// '.', '-', '_' and ':' (a host name, optionally with a port), not starting or ending with '.'.
func ValidSite(s string) bool {
	if s == "" || len(s) > 253 || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_' || c == ':') {
			return false
		}
	}
	return true
}
