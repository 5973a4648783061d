/*! Assent loader: https://github.com/assent-dev/assent (the whole install is one script tag). */
// Defines window.Assent at once and pushes the Google Consent Mode default before anything else. A returning
// visitor's stored choice is applied without the engine. On a first visit the loader paints the banner itself
// from paint data (widget.Paint: the layers as node trees rendered by the Go view code, the Go rules' decision
// for each country): a site loader (GET /v1/sites/{site}/assent.js) carries it in window.__assentPaint; the plain
// loader gets it from the engine. The engine (Go wasm, from this script's own origin) arrives after the first
// paint, at low priority: it writes the paint data for its visitor (the loader keeps what is on screen when it
// is the same), and seals every choice into a record. A choice is applied at once and kept in localStorage
// until the engine has sealed it, on this page or the next. The build (wasm/build) minifies this file and
// replaces __WASM__, __EXEC__, __TOOLS__ and __STRINGS__ with the content-hashed file names.
(function (w, d) {
  'use strict';
  if (w.Assent && w.Assent._) return; // included twice
  var SITE = w.__assentPaint || null; // {config, paint} when this is a site loader
  try { delete w.__assentPaint; } catch (e) { w.__assentPaint = undefined; }
  var me = d.currentScript;
  var base = new URL(SITE && SITE.base || '.', me && me.src || location.href).href;
  var cfgAttr = me && me.getAttribute('data-config');
  var cfgURL = new URL(cfgAttr || '/assent.json', location.href).href;
  var pinned = me && me.getAttribute('data-revision') || SITE && SITE.config.revision; // the current revision
  // The visitor's choice is kept in localStorage under "assent:site:<site>", whichever install a page uses; a
  // choice not yet sealed under "assent:site:<site>:pending:<record id>" (one key a choice, so two tabs never
  // overwrite each other's). A page with the one-line install learns the site from its config: until then it
  // reads the one site stored on this origin (or a choice stored by an earlier version under the config URL).
  var siteName = SITE ? SITE.config.site : me && me.getAttribute('data-site');
  var KEY = siteName ? 'assent:site:' + siteName : guessKey();
  var PEND = KEY + ':pending:';
  function guessKey() {
    var found = [];
    try {
      for (var i = 0; i < localStorage.length; i++) if (/^assent:site:[^:]+$/.test(localStorage.key(i))) found.push(localStorage.key(i));
    } catch (e) { /* storage blocked */ }
    return found.length === 1 ? found[0] : 'assent:' + cfgURL;
  }
  var dl = w.dataLayer = w.dataLayer || [];
  function gtag() { dl.push(arguments); }
  var useCM = !(SITE && SITE.config.consent_mode === false);
  var SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
    'personalization_storage'];
  function cmState(granted) {
    var cm = {};
    SIGNALS.forEach(function (k) { cm[k] = granted && granted[k] ? 'granted' : 'denied'; });
    cm.security_storage = 'granted';
    return cm;
  }
  if (useCM) gtag('consent', 'default', Object.assign({ wait_for_update: 500 }, cmState()));

  var gpc = navigator.globalPrivacyControl === true;
  var listeners = {};
  var state = null; // {purposes, revision, record_id, jurisdiction, model, expires_at, consent_mode, t, q}
  var engine, E, readyResolve, root, reopen, layer = null, layerN = 0, opener = null, dismissed = false;
  var ready = new Promise(function (r) { readyResolve = r; });
  var P = null, L = null, lang = '', dec = null, country = '', shown = {};
  var mem = {}; // pending choices when localStorage is unavailable

  function read() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY));
      if (s && Date.parse(s.expires_at) > Date.now() && (!pinned || s.revision === pinned)) return s;
    } catch (e) { /* storage blocked or corrupt: ask again */ }
    return null;
  }
  function emit(ev, detail) {
    (listeners[ev] || []).slice().forEach(function (fn) { try { fn(detail); } catch (e) { console.error(e); } });
    w.dispatchEvent(new CustomEvent('assent:' + ev, { detail: detail }));
  }
  function allowed(el) {
    if (!state) return false;
    return el.getAttribute('data-assent-purpose').split(/\s+/).every(function (p) { return !p || state.purposes[p] === true; });
  }
  function t(k, dflt) { return state && state.t && state.t[k] || L && L.t[k] || B.t && B.t[k] || dflt; }

  // gate runs the scripts and loads the frames whose purposes are consented, and puts a placeholder that offers
  // consent in place before each frame that is still blocked.
  function gate() {
    d.querySelectorAll('script[type="text/plain"][data-assent-purpose]').forEach(function (el) {
      if (!allowed(el)) return;
      var n = d.createElement('script');
      for (var i = 0; i < el.attributes.length; i++) {
        var a = el.attributes[i];
        if (a.name !== 'type') n.setAttribute(a.name, a.value);
      }
      n.type = el.getAttribute('data-type') || 'text/javascript';
      if (!el.src) n.text = el.text;
      el.parentNode.replaceChild(n, el);
    });
    d.querySelectorAll('iframe[data-assent-purpose][data-src]').forEach(function (el) {
      var ph = el.previousElementSibling;
      if (!(ph && ph.hasAttribute('data-assent-placeholder'))) ph = null;
      if (allowed(el)) {
        el.src = el.getAttribute('data-src');
        el.removeAttribute('data-src');
        el.hidden = false;
        if (ph) ph.remove();
        return;
      }
      var p = el.getAttribute('data-assent-purpose'), msg, btn;
      if (!ph) {
        ph = d.createElement('div');
        ph.setAttribute('data-assent-placeholder', p);
        ph.setAttribute('role', 'group');
        ph.className = 'assent-placeholder';
        msg = d.createElement('p');
        btn = d.createElement('button');
        btn.type = 'button';
        btn.setAttribute('data-assent-action', 'allow-purpose');
        btn.onclick = function () {
          var c = {};
          p.split(/\s+/).forEach(function (x) { if (x) c[x] = true; });
          // Where the choice was made: the one control of the placeholder (and the banner, if it is open).
          save(c, firstLayer({ layer: 0, surface: 'placeholder', accept: box(btn) })).catch(console.error);
        };
        ph.append(msg, btn);
        el.hidden = true;
        el.parentNode.insertBefore(ph, el);
      }
      // (Re)write the texts in the visitor's language. Only on change: gate also runs on DOM mutations.
      setText(ph.firstChild, t('placeholder', 'This content is blocked until you allow %s.').replace('%s', t('label:' + p, p)));
      setText(ph.lastChild, t('placeholder_accept', 'Allow and load'));
    });
  }
  function setText(el, s) { if (el.textContent !== s) el.textContent = s; }
  var queued = false;
  function gateSoon() {
    if (queued) return;
    queued = true;
    Promise.resolve().then(function () { queued = false; gate(); });
  }

  function persist() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage blocked: ask next time */ }
  }
  // apply makes a choice take effect: stored for the next visit, scripts and frames unblocked, Consent Mode update.
  function apply(s, store) {
    state = s;
    if (store) persist();
    if (s && s.consent_mode && useCM) gtag('consent', 'update', s.consent_mode);
    gate();
    showReopen();
    emit('change', A.get());
  }

  // host returns the shadow root the layers and the reopen control live in, creating it (under <body>, or
  // under <html> while the body does not exist yet) with the widget's stylesheet.
  function host() {
    if (!root) {
      var h = d.getElementById('assent-root');
      if (!h) { h = d.createElement('div'); h.id = 'assent-root'; (d.body || d.documentElement).appendChild(h); }
      root = h.shadowRoot || h.attachShadow({ mode: 'open' });
      root.addEventListener('click', onClick);
      root.addEventListener('keydown', onKey);
    }
    if (P && !root.querySelector('style[data-assent-style]')) {
      var st = d.createElement('style');
      st.setAttribute('data-assent-style', '');
      st.textContent = P.css;
      root.insertBefore(st, root.firstChild);
    }
    return root;
  }
  function showReopen() {
    if (!d.body) return d.addEventListener('DOMContentLoaded', showReopen);
    host();
    if (!reopen) {
      reopen = d.createElement('button');
      reopen.type = 'button';
      reopen.setAttribute('data-assent', 'reopen');
      reopen.setAttribute('part', 'reopen');
      reopen.style.cssText = 'position:fixed;bottom:12px;left:12px;z-index:2147483000;width:44px;height:44px;' +
        'border-radius:50%;border:1px solid #888;background:var(--assent-bg,#fff);color:var(--assent-fg,#111);' +
        'font:20px/1 system-ui,sans-serif;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3)';
      reopen.textContent = '\u2699';
      reopen.onclick = function () { A.showPreferences(); };
      root.appendChild(reopen);
    }
    reopen.hidden = !!layer || !state;
    reopen.setAttribute('aria-label', t('reopen', 'Privacy choices'));
    reopen.title = reopen.getAttribute('aria-label');
  }

  // build makes DOM nodes from a node tree (widget.Node.AppendJSON): text only through textContent and text
  // nodes, so strings from a site config never become markup.
  function build(n) {
    if (typeof n === 'string') return d.createTextNode(n);
    var el = d.createElement(n[0]), a = n[1];
    for (var i = 0; i + 1 < a.length; i += 2) el.setAttribute(a[i], a[i + 1]);
    if (n[2]) el.textContent = n[2];
    n[3].forEach(function (k) { el.appendChild(build(k)); });
    return el;
  }
  function tree(n) { return L && L[(n === 1 ? 'b' : 'p') + (gpc ? 'g' : '')]; }

  // showLayer shows layer n (1 the banner, 2 the preferences) from the paint data, moves focus into it and
  // measures it once painted; false when there is nothing to paint from yet.
  function showLayer(n, picks) {
    var tr = tree(n);
    if (!tr) return false;
    var back = layer ? opener : d.activeElement;
    var was = layer && layerN === 2 ? toggles() : null;
    if (layer && layerN === 1) shown[1] = measure() || shown[1]; // the banner the preferences come after
    removeLayer();
    opener = back;
    layer = build(tr);
    layerN = n;
    host().appendChild(layer);
    if (n === 2) {
      var on = picks || was || (state && state.purposes) || {};
      layer.querySelectorAll('input[data-assent-purpose]').forEach(function (b) {
        if (!b.disabled) b.checked = on[b.getAttribute('data-assent-purpose')] === true;
      });
    }
    showReopen();
    var first = layer.querySelector(n === 2 ? 'input:not([disabled]),button' : 'button');
    if (first) first.focus();
    var l = layer;
    requestAnimationFrame(function () {
      if (layer !== l) return;
      shown[n] = measure();
      if (E && shown[n]) E.check(shown[n]);
    });
    emit('show', n);
    return true;
  }
  function removeLayer() {
    if (!layer) return false;
    layer.remove();
    layer = null;
    layerN = 0;
    return true;
  }
  function hideLayer() {
    if (!removeLayer()) return;
    showReopen();
    var o = opener;
    opener = null;
    if (o && o.isConnected && o.focus && o !== d.body) o.focus();
    emit('hide', null);
  }
  function toggles() {
    var m = {};
    layer.querySelectorAll('input[data-assent-purpose]').forEach(function (b) { m[b.getAttribute('data-assent-purpose')] = b.checked; });
    return m;
  }
  function r2(x) { return Math.round(x * 100) / 100; }
  function box(el) {
    var r = el.getBoundingClientRect(), cs = getComputedStyle(el);
    return {
      width: r2(r.width), height: r2(r.height), font_size: r2(parseFloat(cs.fontSize) || 0),
      font_weight: parseInt(cs.fontWeight, 10) || 0, color: cs.color, background: cs.backgroundColor,
      kind: el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' ? 'button' : 'link'
    };
  }
  // measure returns what the accept and reject buttons of the layer on screen look like, as the record keeps it
  // (README, "Where the choice was made"): the layer, its surface, and after a banner this page view showed,
  // that banner as it was shown (first_layer).
  function measure() {
    var a = layer && layer.querySelector('[data-assent-action="accept-all"]');
    var r = layer && layer.querySelector('[data-assent-action="reject-all"]');
    if (!a || !r) return null;
    var m = { layer: layerN, surface: layerN === 1 ? 'banner' : 'preferences', accept: box(a), reject: box(r) };
    return firstLayer(m);
  }
  function firstLayer(m) {
    var b = layerN === 1 && m.surface !== 'banner' ? measure() : shown[1];
    if (m.surface !== 'banner' && b) m.first_layer = { accept: b.accept, reject: b.reject };
    return m;
  }
  function onClick(e) {
    var el = e.target.closest && e.target.closest('[data-assent-action]');
    if (!el || !layer || !layer.contains(el)) return;
    var a = el.getAttribute('data-assent-action');
    if (a === 'preferences') showLayer(2);
    else if (a === 'close') closePrefs();
    else if (a === 'accept-all' || a === 'reject-all' || a === 'save') {
      var ui = measure(), picks = layerN === 2 ? toggles() : null;
      act(a === 'save' ? 'save' : a.replace('-', '_'), picks, ui).catch(function () { /* reported by act */ });
    }
  }
  function closePrefs() {
    if (state || dismissed) hideLayer();
    else showLayer(1);
  }
  function onKey(e) {
    if (layerN !== 2 || !layer) return;
    if (e.key === 'Escape') { e.preventDefault(); closePrefs(); return; }
    if (e.key !== 'Tab') return;
    var items = layer.querySelectorAll('button:not([disabled]),input:not([disabled]),a[href],summary');
    if (!items.length) return;
    var first = items[0], last = items[items.length - 1], at = root.activeElement;
    if (e.shiftKey && (at === first || !at)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (at === last || !at)) { e.preventDefault(); first.focus(); }
  }

  // Language and country, as the engine reads them (widget.MatchLanguage, widget.RegionOf; an e2e test checks
  // both against the Go functions' answers).
  function lower(s) { return String(s == null ? '' : s).trim().replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }).replace(/_/g, '-'); }
  function baseOf(t) { var i = t.indexOf('-'); return i < 0 ? t : t.slice(0, i); }
  function canon(t) { var b = baseOf(t); return b === 'no' || b === 'nn' ? 'nb' + t.slice(b.length) : t; }
  function meaningful(t) { var b = baseOf(t); return /^[a-z]{2,8}$/.test(b) && b !== 'und'; }
  function score(h, want) {
    if (!meaningful(h)) return 0;
    if (h === want) return 4000;
    h = canon(h); want = canon(want);
    if (h === want) return 3000;
    if (want.indexOf(h + '-') === 0) return 2000 + h.length;
    return baseOf(h) === baseOf(want) ? 1000 : 0;
  }
  function best(have, want) {
    want = lower(want);
    if (!meaningful(want)) return -1;
    var bi = -1, bs = 0;
    have.forEach(function (h, i) { var s = score(lower(h), want); if (s > bs) { bi = i; bs = s; } });
    return bi;
  }
  function match(configured, html, nav, tags) {
    var have = (Array.isArray(configured) ? configured : []).filter(function (c) { return typeof c === 'string' && c.trim() !== ''; });
    var fromConfig = have.length > 0, i;
    if (!fromConfig) have = tags || P && P.tags || [];
    if ((i = best(have, html)) >= 0) return have[i];
    for (var k = 0; k < nav.length; k++) if ((i = best(have, nav[k])) >= 0) return have[i];
    return fromConfig ? have[0] : 'en';
  }
  function region(tag) {
    var parts = String(tag).split(/[-_]/).filter(Boolean);
    for (var i = 1; i < parts.length; i++) if (/^[A-Za-z]{2}$/.test(parts[i])) return parts[i].toUpperCase();
    return '';
  }
  function navLangs() { return [].slice.call(navigator.languages || [navigator.language || '']); }
  function hintCountry() {
    var n = navLangs();
    for (var i = 0; i < n.length; i++) if (region(n[i])) return region(n[i]);
    return '';
  }
  function decFor(c) {
    var i = P.cc[c];
    var x = P.dec[i === undefined ? P.cc[''] : i];
    return { c: c, j: x.j, m: x.m, banner: x.banner };
  }
  function endpoint(c) { return typeof c.endpoint === 'string' && c.endpoint ? c.endpoint.replace(/\/+$/, '') : new URL(base).origin; }
  // askCountry asks the endpoint what the edge knows of the visitor (GET /v1/context), once: the country, or ''
  // when it knows none, fails, or does not answer within 1.5 s.
  var ctxP;
  function askCountry(c) {
    return ctxP || (ctxP = new Promise(function (ok) {
      var ac = new AbortController(), tm = setTimeout(function () { ac.abort(); }, 1500);
      fetch(endpoint(c) + '/v1/context', { signal: ac.signal, credentials: 'omit' }).then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (b) { ok(b && typeof b.country === 'string' ? b.country : ''); }, function () { ok(''); })
        .finally(function () { clearTimeout(tm); });
    }));
  }

  // firstPaint shows what the paint data calls for when the visitor has no valid choice: the banner, or, when
  // no purpose needs consent in the visitor's country, nothing (the purposes are applied without a record).
  function firstPaint() {
    if (state || !P || !L) return;
    if (dec.banner) { if (!layer && !dismissed) showLayer(1); }
    else {
      if (layer) removeLayer();
      // Nothing to ask here: every purpose applies, without a record. Kept until the end of the UTC day only, so
      // a decision that changes (another country, a law in force from a date) is made again tomorrow.
      var s = stateFor(Object.assign({}, P.choices.accept_all), '');
      s.auto = true;
      s.expires_at = new Date(Math.min(Date.parse(s.expires_at), (Math.floor(Date.now() / 864e5) + 1) * 864e5)).toISOString();
      apply(s, true);
    }
  }
  // redecide follows a new decision: a choice applied without asking is withdrawn when consent is now needed
  // (denied until the visitor answers), and the banner is shown or hidden.
  function redecide() {
    if (state && state.auto && dec.banner) {
      state = null;
      try { localStorage.removeItem(KEY); } catch (e) { /* storage blocked */ }
      if (useCM) gtag('consent', 'update', cmState());
      emit('change', A.get());
    }
    firstPaint();
  }
  function usePaint(p) {
    P = p;
    var want = match(B.config && B.config.languages, d.documentElement.getAttribute('lang'), navLangs());
    L = P.langs[want] || null;
    lang = L ? want : '';
    dec = decFor(country);
  }

  // Choices. purposesFor is widget.Config.Choice over the paint data's tables.
  function purposesFor(action, picks) {
    if (action === 'accept_all') return Object.assign({}, P.choices[gpc ? 'accept_all_gpc' : 'accept_all']);
    var out = {};
    P.ids.forEach(function (id) { out[id] = P.req.indexOf(id) >= 0 || action === 'save' && !!(picks && picks[id] === true); });
    return out;
  }
  function stateFor(purposes, id) {
    var granted = {};
    P.ids.forEach(function (p) { if (purposes[p]) P.cm[p].forEach(function (s) { granted[s] = true; }); });
    var s = {
      purposes: purposes, revision: B.config.revision || '', record_id: id, jurisdiction: dec.j, model: dec.m,
      expires_at: new Date(Date.now() + P.exp * 864e5).toISOString(), t: L ? L.t : B.t, q: (state && state.q || 0) + (id ? 1 : 0)
    };
    if (P.consent_mode) s.consent_mode = cmState(granted);
    return s;
  }
  // act applies a choice at once (stored, scripts and frames, Consent Mode), keeps it as a pending choice before
  // anything else, and resolves to its record once the engine has sealed it.
  function act(action, picks, ui) {
    if (!paint()) return loadEngine().then(function () { return act(action, picks, ui); });
    var id = crypto.randomUUID(), purposes = purposesFor(action, picks);
    var pend = { id: id, action: action, picks: action === 'save' ? purposes : null, ui: ui || null, time: new Date().toISOString(),
      lang: lang || B.config.languages && B.config.languages[0] || 'en', country: dec.c, gpc: gpc, n: L ? L.n : '' };
    mem[id] = pend;
    try { localStorage.setItem(PEND + id, JSON.stringify(pend)); } catch (e) { /* kept in memory for this page */ }
    dismissed = true;
    hideLayer();
    apply(stateFor(purposes, id), true);
    var rec = loadEngine().then(function (x) { return x.seal(id); });
    sealing = sealing.then(function () { return rec; }).catch(function () { /* reported below */ });
    return rec.catch(function (e) { console.error(e); throw e; });
  }
  var sealing = Promise.resolve(); // the seals under way: records() waits for them
  function pending() {
    var out = [], seen = {};
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf(PEND) === 0) {
          var v = JSON.parse(localStorage.getItem(k));
          if (v && v.id) { out.push(v); seen[v.id] = true; }
        }
      }
    } catch (e) { /* storage blocked */ }
    for (var id in mem) if (!seen[id]) out.push(mem[id]);
    return out.sort(function (a, b) { return a.time < b.time ? -1 : a.time > b.time ? 1 : 0; });
  }

  function getConfig() {
    return B.config ? Promise.resolve(B.config) : fetch(cfgURL, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('assent: config ' + cfgURL + ': HTTP ' + r.status);
      return r.json();
    }).then(function (c) {
      if (!siteName && c && typeof c.site === 'string') { siteName = c.site; KEY = 'assent:site:' + c.site; PEND = KEY + ':pending:'; }
      return (B.config = c);
    });
  }
  var execP;
  function loadExec() {
    return execP || (execP = new Promise(function (ok, fail) {
      if (w.Go) return ok();
      var s = d.createElement('script');
      s.src = base + '__EXEC__';
      s.fetchPriority = 'low';
      s.onload = ok;
      s.onerror = function () { execP = null; fail(new Error('assent: cannot load ' + s.src)); };
      d.head.appendChild(s);
    }));
  }
  // instantiate compiles the wasm at url while it downloads; res may be a fetch already under way.
  function instantiate(url, go, res) {
    res = res || fetch(url);
    var slow = function () {
      return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
    };
    return WebAssembly.instantiateStreaming ? WebAssembly.instantiateStreaming(res, go.importObject).catch(slow) : slow();
  }
  function loadEngine() {
    if (engine) return engine;
    var url = base + '__WASM__', res = fetch(url, { priority: 'low' }); // the engine, the config and wasm_exec at once
    engine = Promise.all([getConfig(), loadExec()]).then(function () {
      var c = B.config, H = w.__assent;
      if (H && c.site) H.idb.prefetch(c.site).catch(function () { /* the engine reports it */ });
      askCountry(c);
      var go = new w.Go();
      return instantiate(url, go, res).then(function (res) {
        var up = new Promise(function (r) { B.ready = r; });
        go.run(res.instance);
        return up;
      });
    }).then(function (x) { E = x; if (layer && shown[layerN]) E.check(shown[layerN]); return x; });
    engine.catch(function (e) { console.error(e); engine = null; });
    return engine;
  }
  function idle(fn) {
    var go = function () { (w.requestIdleCallback || setTimeout)(fn, { timeout: 2000 }); };
    if (d.readyState === 'complete') go(); else w.addEventListener('load', go, { once: true });
  }
  // tools loads the proof and config checker (the verifier page's wasm) on demand: Assent.validate needs the
  // whole config validator and Assent.decide the law's texts and citations.
  var toolsP;
  function tools() {
    return toolsP || (toolsP = loadExec().then(function () {
      var go = new w.Go();
      return instantiate(base + '__TOOLS__', go).then(function (res) { go.run(res.instance); return w.AssentVerifier; });
    }));
  }
  function call(name) {
    var args = [].slice.call(arguments, 1);
    return loadEngine().then(function (x) { return x[name].apply(null, args); });
  }
  // paint parses the site loader's paint data the first time it is needed (a returning visitor's page never
  // needs it).
  function paint() {
    if (!P && SITE && SITE.paint) { country = country || hintCountry(); usePaint(JSON.parse(SITE.paint)); SITE.paint = null; }
    return P;
  }
  function withPaint(fn) {
    if (paint() && L) return Promise.resolve(fn());
    return loadEngine().then(fn);
  }

  // B is the engine's view of the loader (internal; not part of the public API).
  var B = {
    version: 2, base: base, configURL: cfgURL, gpc: gpc, gtag: gtag, emit: emit, config: SITE && SITE.config,
    strings: base + '__STRINGS__', // the engine's texts per language ({lang} is a catalog tag)
    state: function () { return state; },
    country: function () { return askCountry(B.config).then(function (c) { return c || hintCountry(); }); },
    // adopt takes the engine's paint data for this visitor: what is on screen stays when it is what the engine
    // would paint; otherwise the layer is painted again (and the decision applied) from the engine's.
    adopt: function (json) {
      var p = JSON.parse(json), k = Object.keys(p.langs)[0], nl = p.langs[k], g = gpc ? 'g' : '';
      var same = L && lang === k && JSON.stringify([L['b' + g], L['p' + g]]) === JSON.stringify([nl['b' + g], nl['p' + g]]);
      p.tags = P && P.tags || [];
      P = p; L = nl; lang = k; B.t = nl.t;
      dec = { c: p.dec[0].c, j: p.dec[0].j, m: p.dec[0].m, banner: p.dec[0].banner };
      if (!same && layer) showLayer(layerN);
      redecide();
      gate();
      showReopen();
    },
    pending: pending,
    done: function (id) {
      delete mem[id];
      try { localStorage.removeItem(PEND + id); } catch (e) { /* storage blocked */ }
    },
    queue: function (n) { if (state && state.q !== n) { state.q = n; persist(); } },
    gate: gate, box: box,
    match: match, region: region // for the tests that check them against the Go functions
  };

  // save records the visitor's picks (merged into the current choice), checked: an unknown purpose or a value
  // that is not a boolean rejects with a TypeError and records nothing.
  function save(choices, ui) {
    return withPaint(function () {
      valid(choices !== null && typeof choices === 'object' && !Array.isArray(choices), 'save(choices): choices must be an object of purpose ids to booleans');
      var picks = Object.assign({}, state && state.purposes);
      Object.keys(choices).forEach(function (k) {
        valid(P.ids.indexOf(k) >= 0, 'save(choices): unknown purpose "' + k + '"');
        valid(typeof choices[k] === 'boolean', 'save(choices): choices["' + k + '"] must be a boolean');
        picks[k] = choices[k];
      });
      return act('save', picks, ui);
    });
  }
  function valid(ok, msg) { if (!ok) throw new TypeError('assent: ' + msg); }
  var A = {
    ready: ready,
    get: function () {
      var s = state || {};
      return {
        decided: !!state, purposes: Object.assign({}, s.purposes), revision: s.revision || '',
        record_id: s.record_id || '', jurisdiction: s.jurisdiction || '', model: s.model || '', expires_at: s.expires_at || ''
      };
    },
    has: function (p) { return !!(state && state.purposes[p] === true); },
    acceptAll: function () { return act('accept_all', null, null); },
    rejectAll: function () { return act('reject_all', null, null); },
    save: function (choices) { return save(choices, null); },
    withdraw: function () { return act('withdraw', null, null); },
    show: function () { return withPaint(function () { dismissed = false; showLayer(1); }); },
    showPreferences: function () { return withPaint(function () { showLayer(2); }); },
    hide: function () { if (layer) { dismissed = true; hideLayer(); } return Promise.resolve(); },
    records: function () { return sealing.then(function () { return call('records'); }); },
    decide: function (scenario) {
      return tools().then(function (T) {
        var r = JSON.parse(T.decide(JSON.stringify(scenario === undefined ? null : scenario)));
        if (r.error) throw new Error('assent: decide: ' + r.error);
        return r;
      });
    },
    validate: function (config) {
      return tools().then(function (T) { return JSON.parse(T.validate(JSON.stringify(config))); });
    },
    on: function (ev, fn) { (listeners[ev] = listeners[ev] || []).push(fn); return A; },
    off: function (ev, fn) { listeners[ev] = (listeners[ev] || []).filter(function (f) { return f !== fn; }); return A; }
  };
  Object.defineProperty(A, '_', { value: B });
  w.Assent = A;

  d.addEventListener('click', function (e) {
    var el = e.target && e.target.closest && e.target.closest('[data-assent-open]');
    if (el) { e.preventDefault(); A.showPreferences(); }
  });
  new MutationObserver(gateSoon).observe(d.documentElement, { childList: true, subtree: true });
  // A choice made while the engine could not be fetched (offline) is sealed once the network is back.
  w.addEventListener('online', function () { if (!E && pending().length) loadEngine().catch(function () { /* next page */ }); });

  state = read();
  if (state) {
    // Returning visitor: apply at once, no engine. Then check the revision in the background; a new revision,
    // choices not yet sealed, records still waiting to reach the endpoint or a marketing form on the page bring
    // the engine in.
    apply(state, false);
    readyResolve(A);
    var later = function () {
      if (pending().length || state.q > 0 || d.querySelector('[data-assent-form]')) idle(loadEngine);
    };
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', later); else later();
    getConfig().then(function (c) {
      if (c.revision !== state.revision) { state = null; dismissed = false; if (paint()) firstPaint(); loadEngine(); }
    }).catch(console.error);
  } else if (paint()) {
    // First visit with paint data: paint now; correct it if the endpoint knows another country; the engine
    // follows at low priority once the page has loaded.
    gate();
    firstPaint();
    askCountry(B.config).then(function (c) {
      if (c && c !== country && (!state || state.auto)) { country = c; dec = decFor(c); redecide(); }
    });
    idle(function () { loadEngine().then(function () { readyResolve(A); }); });
  } else {
    gate();
    loadEngine().then(function () { readyResolve(A); });
  }
})(window, document);
