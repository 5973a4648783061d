package main

import "testing"

// A quality above zero accepts the encoding; q=0 in any spelling refuses it (RFC 9110 section 12.5.3).
func TestAcceptsEncodingQuality(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"br", true}, {"gzip, br", true}, {"br;q=0.5", true}, {"br; q=0.001", true}, {"BR;Q=1", true},
		{"br;q=0", false}, {"br;q=0.0", false}, {"br;q=0.000", false}, {"gzip", false}, {"", false},
		{"gzip;q=0.5, br;q=0", false}, {"brotli", false}, {"br;q=bad", false},
	} {
		if got := acceptsEncoding(tc.header, "br"); got != tc.want {
			t.Errorf("acceptsEncoding(%q, br) = %v, want %v", tc.header, got, tc.want)
		}
	}
}
