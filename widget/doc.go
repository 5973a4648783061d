// Package widget is Assent's in-browser consent widget: the engine behind the loader (wasm/assent.js).
//
// # What it does
//
// The loader defines window.Assent, pushes the Google Consent Mode default, applies a returning visitor's stored
// choice and, for everyone else, starts this engine (compiled to WebAssembly by wasm/widget). The engine:
//
//   - decides, with package rules, which consent model applies to each configured purpose for the visitor's
//     jurisdiction (the endpoint's /v1/context, else the browser's language region, else the strictest reading);
//   - renders the first layer (title, text, policy link, "Accept all" and "Reject all" with one identical style,
//     "Customise") and the preferences layer (one unticked toggle per purpose, required ones on and disabled,
//     services with provider, cookies and retention) into an open shadow root under #assent-root;
//   - measures what it rendered (boxes, computed fonts and colours) and checks it with rules.ValidateUI, warning
//     in the console when the host page's CSS breaks equal prominence;
//   - turns each choice into a consent record (rules.Record), version 2: signed by the browser's non-extractable
//     ECDSA P-256 key for the site (WebCrypto, kept in IndexedDB) whose public key its subject derives from,
//     chained per subject by prev, stored in IndexedDB, applied through the loader, and queued for the endpoint;
//   - renders marketing-consent controls for [data-assent-form] as rules.DecideBrief says;
//   - syncs queued records to the endpoint with retries and backoff, and stores the receipts.
//
// # Layout
//
// View logic is pure and tested natively: a [Node] tree built from a [View] renders to an HTML string in tests and
// to DOM nodes in the browser (text always through textContent, never innerHTML). Files that touch syscall/js are
// built only for js/wasm and tested in headless Chromium with wasmbrowsertest.
//
// The package stays small: it is paid for by every first-time visitor. It imports no fmt, encoding/json or
// reflect; JSON is parsed by the browser and walked as js.Value. Glue that JavaScript writes in a fraction of the
// bytes lives in engine.js, which the build appends to Go's wasm_exec.js: the records' RFC 8785 canonical JSON,
// the IndexedDB calls, SHA-256, the records' ECDSA signing and the receipt and signature checks on WebCrypto. The Go here keeps the logic (what to show,
// the chain, the sync), and the wasm tests check each JavaScript helper against the Go it replaced. The engine
// carries English; other languages come from the build's per-language JSON files (see Lookup and Fields).
package widget
