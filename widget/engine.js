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
  var early = {};
  function open(name) {
    return Promise.resolve().then(function () { // a missing or refusing indexedDB becomes a rejection
      var r = indexedDB.open(name, 1);
      r.onupgradeneeded = function () {
        var db = r.result;
        if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
      };
      return req(r);
    });
  }
  var idb = {
    // prefetch starts opening a site's proof database: the loader calls it as soon as it has the config, so the
    // database is open by the time the engine has compiled and asks for it.
    prefetch: function (site) { var n = 'assent:' + site; return (early[n] = early[n] || open(n)); },
    // forSite opens (creating if needed) the proof database of a site, taking over a prefetched opening.
    forSite: function (site) {
      var n = 'assent:' + site, p = early[n] || open(n);
      delete early[n];
      return p;
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
    // rewind moves the head back to prev if it is still hash, keeping seq: a record the endpoint refused leaves the
    // chain, and the next record follows the one before it.
    rewind: function (db, hash, prev, seq) {
      var tx = db.transaction(['meta'], 'readwrite'), meta = tx.objectStore('meta'), r = meta.get('head');
      r.onsuccess = function () { if (r.result && r.result.hash === hash) meta.put({ hash: prev, seq: seq }, 'head'); };
      return done(tx);
    },
    put: function (db, entry) {
      var tx = db.transaction(['records'], 'readwrite');
      tx.objectStore('records').put(entry);
      return done(tx);
    },
    all: function (db) { return req(db.transaction(['records'], 'readonly').objectStore('records').getAll()); }
  };
  // context asks the endpoint what the edge knows of the visitor (GET /v1/context), once per page: the loader
  // starts it as soon as it has the config, the engine takes the answer. It resolves to the country code, or ''
  // when the endpoint knows none, fails, or does not answer within 1.5 s.
  var asked = {};
  function context(endpoint) {
    var url = String(endpoint).replace(/\/+$/, '') + '/v1/context';
    return asked[url] || (asked[url] = new Promise(function (ok) {
      var c = new AbortController(), t = setTimeout(function () { c.abort(); }, 1500);
      fetch(url, { signal: c.signal, credentials: 'omit' }).then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (b) { ok(b && typeof b.country === 'string' ? b.country : ''); }, function () { ok(''); })
        .finally(function () { clearTimeout(t); });
    }));
  }
  // WebCrypto (crypto.subtle: https, or http on localhost) hashes and checks signatures.
  var subtle = g.crypto && g.crypto.subtle, utf8 = new TextEncoder();
  function sha256(bytes) {
    return subtle.digest('SHA-256', bytes).then(function (b) { return new Uint8Array(b); });
  }
  function hex(b) { return Array.from(b, function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join(''); }
  // sha256hex returns the lower-case hex SHA-256 of the UTF-8 of a string.
  function sha256hex(s) { return sha256(utf8.encode(s)).then(hex); }
  // b64 decodes padded standard base64 (RFC 4648 section 4) strictly, canonical padding only; null if invalid.
  function b64(s) {
    if (typeof s !== 'string' || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return null;
    var bin = atob(s);
    if (btoa(bin) !== s) return null; // bits set in the padding
    return Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
  }
  function same(a, b) { return a.length === b.length && a.every(function (x, i) { return x === b[i]; }); }
  function cat() { // concatenates byte arrays and numbers (single bytes)
    var parts = [].map.call(arguments, function (p) { return typeof p === 'number' ? [p] : p; });
    var out = new Uint8Array(parts.reduce(function (n, p) { return n + p.length; }, 0)), at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  // verifyReceipt checks in the browser what `assent verify` checks offline (package proof): the receipt is for
  // the record whose hash is recordHash; its tree head is a note signed by verifierKey (golang.org/x/mod/sumdb/note,
  // Ed25519, "name+hash+key"); and its inclusion proof (RFC 6962 Merkle hashing, as golang.org/x/mod/sumdb/tlog)
  // leads from the log entry to the signed root. It resolves to '' when all hold, else to what failed: 'record',
  // 'key', 'malformed' or 'proof'. The widget's wasm tests check it against package proof.
  async function verifyReceipt(rc, recordHash, verifierKey) {
    if (!rc || typeof rc !== 'object') return 'malformed';
    if (rc.record_hash !== recordHash) return 'record';
    var vk = String(verifierKey).trim(), i = vk.indexOf('+'), j = vk.indexOf('+', i + 1);
    var name = vk.slice(0, i), key = b64(vk.slice(j + 1));
    if (i < 0 || j - i !== 9 || !key || key.length !== 33 || key[0] !== 1) return 'key';
    var keyHash = (await sha256(cat(utf8.encode(name + '\n'), key))).slice(0, 4);
    if (hex(keyHash) !== vk.slice(i + 1, j)) return 'key';
    var head = typeof rc.head === 'string' ? rc.head : '', at = head.lastIndexOf('\n\n\u2014 ');
    if (at < 0 || head[head.length - 1] !== '\n') return 'key';
    var text = head.slice(0, at + 1), line = head.slice(at + 4, -1), sp = line.indexOf(' ');
    var sig = sp < 0 || line.indexOf('\n') >= 0 ? null : b64(line.slice(sp + 1));
    if (!sig || line.slice(0, sp) !== name || sig.length !== 68 || !same(sig.slice(0, 4), keyHash)) return 'key';
    var alg = { name: 'Ed25519' }, pub = await subtle.importKey('raw', key.slice(1), alg, false, ['verify']);
    if (!(await subtle.verify(alg, pub, sig.slice(4), utf8.encode(text)))) return 'key';
    var lines = text.split('\n'), size = Number(lines[1]), root = b64(lines[2]), index = rc.index;
    if (lines.length !== 4 || lines[0] !== rc.site + '/consent-log' || lines[3] !== '' || !/^(0|[1-9][0-9]*)$/.test(lines[1]) ||
      !Number.isSafeInteger(size) || size !== rc.tree_size || !Number.isSafeInteger(index) || index < 0 ||
      index >= size || !root || root.length !== 32 || !Array.isArray(rc.proof)) return 'malformed';
    var proof = rc.proof.map(b64);
    if (proof.some(function (p) { return !p || p.length !== 32; })) return 'malformed';
    var leaf = await sha256(cat(0, utf8.encode('assent-entry/v1\nrecord ' + rc.record_hash + '\nlogged ' + rc.logged_at + '\n')));
    // The root of the subtree [lo, hi) from leaf n's hash and its proof (RFC 6962 section 2.1.1, the recursion of
    // tlog.CheckRecord); null when the proof has the wrong length.
    async function run(p, lo, hi) {
      if (lo + 1 === hi) return p.length ? null : leaf;
      if (!p.length) return null;
      var k = 1;
      while (k * 2 < hi - lo) k *= 2;
      var last = p[p.length - 1], rest = p.slice(0, -1);
      var th = index < lo + k ? await run(rest, lo, lo + k) : await run(rest, lo + k, hi);
      if (!th) return null;
      return sha256(index < lo + k ? cat(1, th, last) : cat(1, last, th));
    }
    var got = await run(proof, 0, size);
    return got && same(got, root) ? '' : 'proof';
  }
  // refusal returns the detail of the "error" event for record id, which the endpoint refused with HTTP status
  // and body (its JSON error, docs/contract.md section 3: {error, message, findings}), and logs it with console.error:
  // {code, message, findings, record_id, status}; code "http_<status>" and no findings when body is not that.
  function refusal(id, status, body) {
    var e = null;
    try { e = JSON.parse(body); } catch (x) { /* not the endpoint's JSON error */ }
    e = e && typeof e === 'object' ? e : {};
    var d = {
      code: typeof e.error === 'string' && e.error || 'http_' + status,
      message: typeof e.message === 'string' && e.message || 'the endpoint answered HTTP ' + status,
      findings: Array.isArray(e.findings) ? e.findings : [], record_id: id, status: status
    };
    console.error('assent: the endpoint refused record ' + id + ' (' + d.code + '): ' + d.message, d.findings);
    return d;
  }
  // within is p, or a rejection with an Error when p has not settled in 10 s: the engine awaits every Promise
  // through it, so a hung IndexedDB open or fetch fails clearly instead of holding the engine forever.
  function within(p) {
    return new Promise(function (ok, fail) {
      var t = setTimeout(function () { fail(new Error('no answer within 10 s')); }, 1e4);
      Promise.resolve(p).then(ok, fail).finally(function () { clearTimeout(t); });
    });
  }
  // parse is JSON.parse, undefined for text that is not JSON.
  function parse(s) { try { return JSON.parse(s); } catch (e) { /* undefined */ } }
  g.__assent = { within: within, parse: parse, jcs: jcs, idb: idb, context: context, sha256hex: sha256hex, verifyReceipt: verifyReceipt, refusal: refusal };
})(globalThis);
// Self-certifying subjects (record version 2, docs/contract.md section 5): one non-extractable ECDSA P-256 key pair per
// browser and site, made with WebCrypto and kept in the proof store's "meta" store under "key"; the subject is
// base64url of the first 16 bytes of SHA-256 of the raw public point, and "sig" is the P1363 signature of the
// record's hash. rules/recordsig is the Go side; the widget's wasm tests check one against the other.
(function (g) {
  'use strict';
  var a = g.__assent, subtle = g.crypto && g.crypto.subtle, utf8 = new TextEncoder(), keys = {};
  var EC = { name: 'ECDSA', namedCurve: 'P-256' }, SIG = { name: 'ECDSA', hash: 'SHA-256' };
  function b64u(b) {
    return btoa(String.fromCharCode.apply(null, b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function unb64u(s) { // strict unpadded base64url; null if invalid
    if (typeof s !== 'string' || !/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
    var bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    var out = Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
    return b64u(out) === s ? out : null;
  }
  function subjectOf(raw) {
    return subtle.digest('SHA-256', raw).then(function (d) { return b64u(new Uint8Array(d).slice(0, 16)); });
  }
  // subjectKey returns {subject, key} of the site's proof database db, making and storing the key pair the first
  // time (if another tab stored one first, that one wins). A new key starts a new chain: the head's hash is
  // cleared, so the first record of the new subject has prev "". Without db (IndexedDB failed) the key pair is
  // made for this page only.
  function subjectKey(db) {
    var get = db && db.transaction(['meta'], 'readonly').objectStore('meta').get('key');
    return (db ? new Promise(function (ok, fail) { get.onsuccess = function () { ok(get.result); }; get.onerror = function () { fail(get.error); }; }) : Promise.resolve())
      .then(function (k) {
        if (k && k.priv && typeof k.pub === 'string') return k;
        return subtle.generateKey(EC, false, ['sign', 'verify']).then(function (p) {
          return subtle.exportKey('raw', p.publicKey).then(function (raw) {
            var fresh = { priv: p.privateKey, pub: b64u(new Uint8Array(raw)) }, out;
            if (!db) return fresh;
            var tx = db.transaction(['meta'], 'readwrite'), meta = tx.objectStore('meta'), r = meta.get('key');
            r.onsuccess = function () {
              if (r.result && r.result.priv) { out = r.result; return; }
              out = fresh;
              meta.put(fresh, 'key');
              var h = meta.get('head');
              h.onsuccess = function () { if (h.result && h.result.hash) meta.put({ hash: '', seq: h.result.seq }, 'head'); };
            };
            return new Promise(function (ok, fail) {
              tx.oncomplete = function () { ok(out); };
              tx.onerror = tx.onabort = function () { fail(tx.error || new Error('IndexedDB transaction aborted')); };
            });
          });
        });
      })
      .then(function (k) {
        return subjectOf(unb64u(k.pub)).then(function (s) { keys[s] = k; return { subject: s, key: k.pub }; });
      });
  }
  // keyOf returns the subject_key of a subject whose key pair subjectKey loaded, or undefined.
  function keyOf(subject) { return keys[subject] && keys[subject].pub; }
  // sign resolves to the base64url P1363 signature of the ASCII bytes of hash by subject's private key.
  function sign(subject, hash) {
    return subtle.sign(SIG, keys[subject].priv, utf8.encode(hash)).then(function (s) { return b64u(new Uint8Array(s)); });
  }
  // verifyRecordSig checks a version 2 record's subject: subject derives from subject_key and sig verifies over
  // hash (a doi_confirm with sig "ledger" was written by the ledger and carries none). It resolves to '' when all
  // hold, else 'signature'; version 1 records resolve to ''.
  async function verifyRecordSig(r) {
    if (!r || r.v !== 2) return '';
    var raw = unb64u(r.subject_key);
    if (!raw || raw.length !== 65 || raw[0] !== 4 || (await subjectOf(raw)) !== r.subject) return 'signature';
    if (r.sig === 'ledger' && r.action === 'doi_confirm') return '';
    var sig = unb64u(r.sig);
    if (!sig || sig.length !== 64 || typeof r.hash !== 'string') return 'signature';
    try {
      var pub = await subtle.importKey('raw', raw, EC, false, ['verify']);
      return (await subtle.verify(SIG, pub, sig, utf8.encode(r.hash))) ? '' : 'signature';
    } catch (e) {
      return 'signature';
    }
  }
  // verifyBundle checks a record with its receipt as proof/bundle.VerifyJSON does (`assent verify`): the receipt
  // names the site of its head's log (Go's parser checks it first), the record's hash is the hash of its content,
  // record and receipt are of the same site, a version 2 record's signature holds, and the receipt proves the hash
  // is in the log. It resolves to '' or what failed first: 'malformed', 'hash', 'site', 'signature', or
  // verifyReceipt's answer. The widget's wasm tests run proof/bundle/bundletest's
  // corpus of tampered bundles through it, and package bundle's tests the same corpus through Go.
  async function verifyBundle(r, rc, vk) {
    if (!r || typeof r !== 'object' || !rc || typeof rc !== 'object' || String(rc.head).split('\n')[0] !== rc.site + '/consent-log') return 'malformed';
    if ((await a.sha256hex(a.jcs(Object.assign({}, r, { hash: undefined, sig: undefined })))) !== r.hash) return 'hash';
    if (r.site !== rc.site) return 'site';
    return (await verifyRecordSig(r)) || a.verifyReceipt(rc, r.hash, vk);
  }
  a.idb.subjectKey = subjectKey;
  a.verifyBundle = verifyBundle;
  a.keyOf = keyOf;
  a.sign = sign;
  a.verifyRecordSig = verifyRecordSig;
})(globalThis);
