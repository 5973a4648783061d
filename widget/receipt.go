package widget

import (
	"errors"
	"strconv"
	"strings"
)

// Receipt is a ledger receipt as the widget checks it (the format is package proof's; see `go doc ./proof`).
type Receipt struct {
	Site, RecordHash, LoggedAt string
	Index, TreeSize            int64
	Head                       string   // the signed tree head, a signed note
	Proof                      []string // the inclusion proof, base64 hashes, leaf to root
}

// Hasher returns the SHA-256 of data. The browser's is WebCrypto (asynchronous, so it may block the goroutine).
type Hasher func(data []byte) ([32]byte, error)

// SigVerifier reports whether sig is a valid Ed25519 signature of msg by the 32-byte public key pub.
type SigVerifier func(pub, msg, sig []byte) (bool, error)

// Errors of VerifyReceipt.
var (
	ErrReceiptMalformed = errors.New("widget: receipt malformed")
	ErrReceiptKey       = errors.New("widget: receipt not signed by the log's verifier key")
	ErrReceiptProof     = errors.New("widget: record not included in the signed tree")
	ErrReceiptRecord    = errors.New("widget: receipt is for another record")
)

// VerifyReceipt checks in the browser what `assent verify` checks offline: the receipt is for the record whose
// hash is recordHash, its tree head is signed by verifierKey (a golang.org/x/mod/sumdb/note Ed25519 verifier
// key, "name+hash+key"), and its inclusion proof (RFC 6962 Merkle hashing, as golang.org/x/mod/sumdb/tlog)
// leads from the log entry to the signed root. The primitives come in as functions so the same code runs on
// WebCrypto in the browser and on crypto/sha256 and crypto/ed25519 in the tests, which also check it against
// package proof.
func VerifyReceipt(rc Receipt, recordHash, verifierKey string, hash Hasher, verify SigVerifier) error {
	if rc.RecordHash != recordHash {
		return ErrReceiptRecord
	}
	name, keyHash, pub, err := parseVerifierKey(verifierKey, hash)
	if err != nil {
		return err
	}
	text, sigName, sig, ok := splitNote(rc.Head)
	if !ok || sigName != name || len(sig) != 68 || string(sig[:4]) != string(keyHash[:]) {
		return ErrReceiptKey
	}
	if good, err := verify(pub, []byte(text), sig[4:]); err != nil || !good {
		return ErrReceiptKey
	}
	lines := strings.Split(text, "\n")
	if len(lines) != 4 || lines[0] != rc.Site+"/consent-log" || lines[3] != "" {
		return ErrReceiptMalformed
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	root, ok := decodeBase64(lines[2])
	if err != nil || !ok || len(root) != 32 || size != rc.TreeSize || rc.Index < 0 || rc.Index >= size {
		return ErrReceiptMalformed
	}
	leaf, err := hash(append([]byte{0}, "assent-entry/v1\nrecord "+rc.RecordHash+"\nlogged "+rc.LoggedAt+"\n"...))
	if err != nil {
		return err
	}
	proof := make([][32]byte, len(rc.Proof))
	for i, p := range rc.Proof {
		b, ok := decodeBase64(p)
		if !ok || len(b) != 32 {
			return ErrReceiptMalformed
		}
		copy(proof[i][:], b)
	}
	got, err := runProof(proof, 0, size, rc.Index, leaf, hash)
	if err != nil || string(got[:]) != string(root) {
		return ErrReceiptProof
	}
	return nil
}

// runProof computes the root of the subtree [lo, hi) from leaf n's hash and its proof (RFC 6962 section 2.1.1;
// the same recursion as tlog.CheckRecord).
func runProof(p [][32]byte, lo, hi, n int64, leaf [32]byte, hash Hasher) ([32]byte, error) {
	if lo+1 == hi {
		if len(p) != 0 {
			return leaf, ErrReceiptProof
		}
		return leaf, nil
	}
	if len(p) == 0 {
		return leaf, ErrReceiptProof
	}
	k := int64(1)
	for k*2 < hi-lo {
		k *= 2
	}
	last := p[len(p)-1]
	if n < lo+k {
		th, err := runProof(p[:len(p)-1], lo, lo+k, n, leaf, hash)
		if err != nil {
			return th, err
		}
		return nodeHash(th, last, hash)
	}
	th, err := runProof(p[:len(p)-1], lo+k, hi, n, leaf, hash)
	if err != nil {
		return th, err
	}
	return nodeHash(last, th, hash)
}

func nodeHash(l, r [32]byte, hash Hasher) ([32]byte, error) {
	b := make([]byte, 0, 65)
	b = append(append(append(b, 1), l[:]...), r[:]...)
	return hash(b)
}

// parseVerifierKey parses "name+hash+base64(1 || ed25519 public key)" and checks its hash.
func parseVerifierKey(vkey string, hash Hasher) (string, [4]byte, []byte, error) {
	var kh [4]byte
	parts := strings.SplitN(strings.TrimSpace(vkey), "+", 3) // the base64 key may hold "+"
	if len(parts) != 3 || len(parts[1]) != 8 {
		return "", kh, nil, ErrReceiptKey
	}
	key, ok := decodeBase64(parts[2])
	if !ok || len(key) != 33 || key[0] != 1 {
		return "", kh, nil, ErrReceiptKey
	}
	h, err := hash(append([]byte(parts[0]+"\n"), key...))
	if err != nil {
		return "", kh, nil, err
	}
	copy(kh[:], h[:4])
	if hexString(kh[:]) != parts[1] {
		return "", kh, nil, ErrReceiptKey
	}
	return parts[0], kh, key[1:], nil
}

// splitNote splits a note with one signature line into its text, the signer's name and the decoded signature.
func splitNote(msg string) (text, name string, sig []byte, ok bool) {
	i := strings.LastIndex(msg, "\n\n— ")
	if i < 0 || !strings.HasSuffix(msg, "\n") {
		return "", "", nil, false
	}
	text = msg[:i+1]
	line := strings.TrimSuffix(msg[i+len("\n\n— "):], "\n")
	name, b64, found := strings.Cut(line, " ")
	if !found || strings.Contains(b64, "\n") {
		return "", "", nil, false
	}
	sig, ok = decodeBase64(b64)
	return text, name, sig, ok
}

// decodeBase64 decodes padded standard base64 (RFC 4648 section 4), strictly: canonical padding only. It is
// written out for the same reason as base64URL.
func decodeBase64(s string) ([]byte, bool) {
	if len(s)%4 != 0 {
		return nil, false
	}
	out := make([]byte, 0, len(s)/4*3)
	for i := 0; i < len(s); i += 4 {
		var n uint32
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			var v uint32
			switch {
			case c >= 'A' && c <= 'Z':
				v = uint32(c - 'A')
			case c >= 'a' && c <= 'z':
				v = uint32(c-'a') + 26
			case c >= '0' && c <= '9':
				v = uint32(c-'0') + 52
			case c == '+':
				v = 62
			case c == '/':
				v = 63
			case c == '=' && i+4 == len(s) && j >= 2 && (j == 3 || s[i+3] == '='):
				pad++
			default:
				return nil, false
			}
			if pad > 0 && c != '=' {
				return nil, false
			}
			n = n<<6 | v
		}
		b := []byte{byte(n >> 16), byte(n >> 8), byte(n)}
		if pad > 0 && n&(1<<(8*pad)-1) != 0 { // non-canonical: bits set in the padding
			return nil, false
		}
		out = append(out, b[:3-pad]...)
	}
	return out, true
}
