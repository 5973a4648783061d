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
  // idb is the proof store's IndexedDB binding (widget.IDBStore holds the Go side): database "assent:<site>"
  // with the object stores "records" (key path "id") and "meta" ("head" {hash, seq} and "subject"). Every
  // function returns a Promise.
  function req(r) {
    return new Promise(function (ok, fail) { r.onsuccess = function () { ok(r.result); }; r.onerror = function () { fail(r.error); }; });
  }
  function done(tx) {
    return new Promise(function (ok, fail) {
      tx.oncomplete = function () { ok(); };
      tx.onerror = tx.onabort = function () { fail(tx.error || new Error('IndexedDB transaction aborted')); };
    });
  }
  var idb = {
    open: function (name) {
      var r = indexedDB.open(name, 1);
      r.onupgradeneeded = function () {
        var db = r.result;
        if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
      };
      return req(r);
    },
    // subject returns the stored subject, storing fresh first if there is none.
    subject: function (db, fresh) {
      var tx = db.transaction(['meta'], 'readwrite'), meta = tx.objectStore('meta'), r = meta.get('subject'), out;
      r.onsuccess = function () { if (typeof r.result === 'string') out = r.result; else meta.put(out = fresh, 'subject'); };
      return done(tx).then(function () { return out; });
    },
    head: function (db) { return req(db.transaction(['meta'], 'readonly').objectStore('meta').get('head')); },
    // putIfHead stores entry as the new head if the head's hash is still prev, in one transaction; false if
    // another tab moved the head first.
    putIfHead: function (db, entry, prev) {
      var tx = db.transaction(['records', 'meta'], 'readwrite'), meta = tx.objectStore('meta'), r = meta.get('head'), moved = false;
      r.onsuccess = function () { // in the request's own callback, while the transaction is active
        if ((r.result && r.result.hash || '') !== prev) { moved = true; tx.abort(); return; }
        tx.objectStore('records').put(entry);
        meta.put({ hash: entry.hash, seq: entry.seq }, 'head');
      };
      return done(tx).then(function () { return true; }, function (e) { if (moved) return false; throw e; });
    },
    put: function (db, entry) {
      var tx = db.transaction(['records'], 'readwrite');
      tx.objectStore('records').put(entry);
      return done(tx);
    },
    all: function (db) { return req(db.transaction(['records'], 'readonly').objectStore('records').getAll()); }
  };
  g.__assent = { jcs: jcs, idb: idb };
})(globalThis);
