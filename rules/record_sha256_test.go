package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestSHA256Vectors checks the FIPS 180-4 / NIST examples.
func TestSHA256Vectors(t *testing.T) {
	for in, want := range map[string]string{
		"":    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
		strings.Repeat("a", 1000000):                               "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
	} {
		if got := SHA256Hex([]byte(in)); got != want {
			t.Errorf("len %d: got %s, want %s", len(in), got, want)
		}
	}
}

// TestSHA256MatchesStdlib compares every length from 0 to 300 bytes (all padding cases) with crypto/sha256.
func TestSHA256MatchesStdlib(t *testing.T) {
	b := make([]byte, 0, 300)
	for n := 0; n <= 300; n++ {
		want := sha256.Sum256(b)
		if got := sha256Sum(b); got != want {
			t.Fatalf("len %d: got %x, want %x", n, got, want)
		}
		b = append(b, byte(n*131+7))
	}
}

func FuzzSHA256(f *testing.F) {
	f.Add([]byte("abc"))
	f.Fuzz(func(t *testing.T, b []byte) {
		want := sha256.Sum256(b)
		if got := SHA256Hex(b); got != hex.EncodeToString(want[:]) {
			t.Fatalf("got %s, want %x", got, want)
		}
	})
}
