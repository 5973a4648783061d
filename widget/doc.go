// Package widget is Assent's in-browser consent widget: the engine behind the loader (wasm/assent.js).
//
// # What it does
//
// The loader defines window.Assent, pushes the Google Consent Mode default, applies a returning visitor's stored
// choice and paints the layers itself from paint data ([Paint]): node trees rendered by this package's view code
// ([Banner], [Preferences], from a [View] made by [BuildView]) and decisions made by [DecideCookies]. A site loader
// carries the paint data of every language and country (package prerender, served by the endpoint); otherwise this
// engine writes it for its visitor. The loader takes the clicks, measures the layer (the record's ui), applies the
// choice at once and keeps it pending in localStorage. The engine (compiled to WebAssembly by wasm/widget), which
// arrives after the first paint:
//
//   - decides again, with package rules and the browser's date, for the visitor's jurisdiction (the endpoint's
//     /v1/context, else the browser's language region, else the strictest reading) and hands the loader the paint
//     data for this visitor: the loader keeps the layer on screen when it is the same, else paints it again;
//   - seals every pending choice (this tab's, another tab's, an earlier page's) into a consent record
//     (rules.Record), version 2: signed by the browser's non-extractable ECDSA P-256 key for the site (WebCrypto,
//     kept in IndexedDB) whose public key its subject derives from, chained per subject by prev, stored in
//     IndexedDB once (a choice already on the chain is only cleared), and queued for the endpoint;
//   - renders marketing-consent controls for [data-assent-form] as rules.DecideBrief says ([FormDecision]); a
//     visitor from a country outside the rules gets the strictest reading and records name "EU" ([Reading]);
//   - syncs queued records to the endpoint with retries and backoff, and stores the receipts; a record the
//     endpoint refuses (4xx) is kept with its refusal ([RefusalText]), never sent again, logged once with
//     console.error and reported as the "error" event {code, message, findings, record_id, status}.
//
// [CheckTheme] checks a site's theme colours (--assent-bg, --assent-fg, --assent-muted, --assent-accent,
// --assent-accent-fg) and returns accessible replacements for those under 4.5:1, so a theme cannot make the
// ledger refuse every record (a reject label's contrast is part of equal prominence).
//
// Each record's ui says where the choice was made (rules.UIMeasurement): the banner (layer 1), the preferences
// (layer 2, with the banner shown before it as first_layer when there was one), an embed's placeholder or a
// marketing form (layer 0); null for the JS API.
//
// # Layout
//
// View logic is pure and tested natively: a [Node] tree built from a [View] renders to an HTML string in tests and
// to JSON ([Node.AppendJSON]) that the loader builds DOM from (text always through textContent, never innerHTML). Files that touch syscall/js are
// built only for js/wasm and tested in headless Chromium with wasmbrowsertest.
//
// The package stays small: it is paid for by every first-time visitor. It imports no fmt, encoding/json or
// reflect; JSON is parsed by the browser and walked as js.Value. Glue that JavaScript writes in a fraction of the
// bytes lives in engine.js, which the build appends to Go's wasm_exec.js: the records' RFC 8785 canonical JSON,
// the IndexedDB calls, SHA-256, the records' ECDSA signing and the receipt and signature checks on WebCrypto. The Go here keeps the logic (what to show,
// the chain, the sync), and the wasm tests check each JavaScript helper against the Go it replaced. The engine
// carries English; other languages come from the build's per-language JSON files (see Lookup and Fields).
package widget
