//go:build js && wasm

package widget

import (
	"errors"
	"syscall/js"
)

// checkReceipt verifies a receipt (JSON text) for a stored record against the config's verifier key with
// WebCrypto (SHA-256 and Ed25519). Without a verifier key there is nothing to check against, and it accepts.
func (e *Engine) checkReceipt(en Entry, receipt string) error {
	if e.cfg.VerifierKey == "" {
		return nil
	}
	v := parseJSON(receipt)
	if v.Type() != js.TypeObject {
		return ErrReceiptMalformed
	}
	rc := Receipt{Site: str(v.Get("site")), RecordHash: str(v.Get("record_hash")), LoggedAt: str(v.Get("logged_at")),
		Head: str(v.Get("head")), Proof: strList(v.Get("proof"))}
	if i, n := v.Get("index"), v.Get("tree_size"); i.Type() == js.TypeNumber && n.Type() == js.TypeNumber {
		rc.Index, rc.TreeSize = int64(i.Float()), int64(n.Float())
	}
	return VerifyReceipt(rc, en.Hash, e.cfg.VerifierKey, webSHA256, webEd25519)
}

// webSHA256 is a Hasher on WebCrypto (crypto.subtle, which browsers offer in secure contexts: https, and http on
// localhost). Go's crypto/sha256 would add about 100 KB brotli to the wasm.
func webSHA256(data []byte) ([32]byte, error) {
	var out [32]byte
	subtle := global("crypto").Get("subtle")
	if !subtle.Truthy() {
		return out, errors.New("widget: WebCrypto is unavailable (the page is not a secure context)")
	}
	buf, err := await(subtle.Call("digest", "SHA-256", bytesJS(data)))
	if err != nil {
		return out, err
	}
	js.CopyBytesToGo(out[:], global("Uint8Array").New(buf))
	return out, nil
}

// webEd25519 is a SigVerifier on crypto.subtle's Ed25519 (Chromium 137+, Firefox 129+, Safari 17+).
func webEd25519(pub, msg, sig []byte) (bool, error) {
	subtle := global("crypto").Get("subtle")
	alg := object("name", "Ed25519")
	key, err := await(subtle.Call("importKey", "raw", bytesJS(pub), alg, false, []any{"verify"}))
	if err != nil {
		return false, err
	}
	ok, err := await(subtle.Call("verify", alg, key, bytesJS(sig), bytesJS(msg)))
	if err != nil {
		return false, err
	}
	return ok.Bool(), nil
}

func bytesJS(b []byte) js.Value {
	a := global("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}
