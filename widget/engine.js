/*! Assent engine helpers: https://github.com/assent-dev/assent */
// What the engine (Go wasm) leaves to JavaScript because JavaScript does it in a few bytes where Go would add
// kilobytes to every first visitor's download. The build appends this file to Go's wasm_exec.js, which is
// fetched with the engine; the widget's wasm tests evaluate it before they run.
(function (g) {
  'use strict';
  // jcs returns the RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: object members sorted by
  // their names' UTF-16 code units (what Array.prototype.sort does), and strings and numbers exactly as
  // JSON.stringify writes them (RFC 8785 sections 3.2.2.2 and 3.2.2.3 adopt ECMAScript's serialisation).
  // Members whose value is undefined are left out, as JSON.stringify does. rules.Record.Canonical is the Go
  // implementation; the widget's tests check that both give the same bytes.
  function jcs(v) {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return '[' + v.map(jcs).join(',') + ']';
    return '{' + Object.keys(v).filter(function (k) { return v[k] !== undefined; }).sort().map(function (k) {
      return JSON.stringify(k) + ':' + jcs(v[k]);
    }).join(',') + '}';
  }
  g.__assent = { jcs: jcs };
})(globalThis);
