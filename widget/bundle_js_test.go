//go:build js && wasm

package widget

import (
	"testing"

	"github.com/assent-dev/assent/proof/bundle/bundletest"
)

// The widget's verifier (engine.js's verifyBundle, on WebCrypto) gives every bundle of the shared corpus of
// tampered proofs the verdict package bundle gives it (proof/bundle's TestCorpus checks Go on the same cases):
// a proof the visitor's browser accepts is one `assent verify` accepts, and the other way round.
func TestVerifyBundleAgreesWithGoOnTheCorpus(t *testing.T) {
	c, err := bundletest.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Cases) < 30 {
		t.Fatalf("the corpus has %d cases", len(c.Cases))
	}
	for _, tc := range c.Cases {
		var want error
		if tc.Want != bundletest.Valid {
			want = VerifyError(tc.Want)
		}
		if err := VerifyBundle(parseJSON(tc.Record), parseJSON(tc.Receipt), c.VerifierKey); err != want {
			t.Errorf("%s: %v, want %v", tc.Name, err, want)
		}
	}
}
