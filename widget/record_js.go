//go:build js && wasm

package widget

import (
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// sealRecord returns r's stored form (docs/contract.md section 5) with its hash: the RFC 8785 text of r without "hash",
// hashed with WebCrypto, then the same text with "hash" added. The canonical encoding is JavaScript's
// (__assent.jcs in engine.js): the widget would otherwise link Go's JSON canonicaliser and float formatting,
// about 10 KB brotli. The tests check the bytes against rules.Record.Canonical and MarshalJSON.
//
// When r's subject has a key pair in this browser (the IndexedDB proof store made one, see OpenIDB), the
// record is sealed as version 2: "v" 2 and "subject_key" are hashed with the rest, and "sig", the WebCrypto
// ECDSA P-256 signature of the hash, is added after it. package rules/recordsig checks it on the other side.
func sealRecord(r rules.Record) (hash, body string, err error) {
	v := recordJS(r)
	a := global("__assent")
	jcs := a.Get("jcs")
	key := a.Call("keyOf", r.Subject)
	signed := key.Type() == js.TypeString
	if signed {
		v.Set("v", rules.RecordVersionSigned)
		v.Set("subject_key", key)
	}
	if hash, err = sha256Hex(jcs.Invoke(v).String()); err != nil {
		return "", "", err
	}
	v.Set("hash", hash)
	if signed {
		sig, err := await(a.Call("sign", r.Subject, hash))
		if err != nil {
			return "", "", err
		}
		v.Set("sig", sig)
	}
	return hash, jcs.Invoke(v).String(), nil
}

// recordJS is r as a JS object with the record's JSON names, shaped as rules.Record.Canonical encodes it: nil
// maps are {}, nil rules [], nil ui and form null, an empty box kind left out, ui's surface, reject and
// first_layer as rules.UIMeasurement encodes them. Its hash is not set.
func recordJS(r rules.Record) js.Value {
	purposes := global("Object").New()
	for k, on := range r.Purposes {
		purposes.Set(k, on)
	}
	cm := global("Object").New()
	for k, s := range r.Signals.ConsentMode {
		cm.Set(k, s)
	}
	ids := make([]any, len(r.Decision.Rules))
	for i, id := range r.Decision.Rules {
		ids[i] = id
	}
	ui, form := js.Null(), js.Null()
	if r.UI != nil {
		ui = uiJS(r.UI)
	}
	if r.Form != nil {
		form = object("name", r.Form.Name, "channel", r.Form.Channel, "context", r.Form.Context)
	}
	v := object("v", r.V, "id", r.ID, "site", r.Site, "subject", r.Subject, "time", r.Time, "action", r.Action,
		"purposes", purposes, "jurisdiction", r.Jurisdiction,
		"decision", object("model", r.Decision.Model, "rules", ids),
		"revision", r.Revision, "language", r.Language, "notice_hash", r.NoticeHash, "ui", ui,
		"signals", object("gpc", r.Signals.GPC, "consent_mode", cm), "form", form, "prev", r.Prev)
	if r.V == rules.RecordVersionSigned {
		v.Set("subject_key", r.SubjectKey)
	}
	return v
}

func boxJS(b rules.Box) js.Value {
	v := object("width", b.Width, "height", b.Height, "font_size", b.FontSize, "font_weight", b.FontWeight,
		"color", b.Color, "background", b.Background)
	if b.Kind != "" {
		v.Set("kind", b.Kind)
	}
	return v
}

// uiJS is a measurement as rules.UIMeasurement encodes it: surface when set, reject unless the surface has none
// (rules.UIMeasurement.HasReject), first_layer when set.
func uiJS(m *rules.UIMeasurement) js.Value {
	v := object("layer", m.Layer, "accept", boxJS(m.Accept))
	if m.Surface != "" {
		v.Set("surface", m.Surface)
	}
	if m.HasReject() {
		v.Set("reject", boxJS(m.Reject))
	}
	if fl := m.FirstLayer; fl != nil {
		v.Set("first_layer", object("accept", boxJS(fl.Accept), "reject", boxJS(fl.Reject)))
	}
	return v
}
