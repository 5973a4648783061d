/*! Assent loader: https://github.com/assent-dev/assent (the whole install is one script tag). */
// Defines window.Assent at once, pushes the Google Consent Mode default before anything else, applies a returning
// visitor's stored choice without fetching the engine, and otherwise loads the engine (Go wasm) from this script's
// own origin. The build (wasm/build) minifies this file and replaces __WASM__, __EXEC__, __TOOLS__ and
// __STRINGS__ with the content-hashed file names.
(function (w, d) {
  'use strict';
  if (w.Assent && w.Assent._) return; // included twice
  var me = d.currentScript;
  var base = new URL('.', me && me.src || location.href).href;
  var cfgURL = new URL(me && me.getAttribute('data-config') || '/assent.json', location.href).href;
  var pinned = me && me.getAttribute('data-revision'); // optional: the current revision, known without a fetch
  var KEY = 'assent:' + cfgURL;
  var dl = w.dataLayer = w.dataLayer || [];
  function gtag() { dl.push(arguments); }
  var cm = {};
  ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
    'personalization_storage'].forEach(function (k) { cm[k] = 'denied'; });
  cm.security_storage = 'granted';
  gtag('consent', 'default', Object.assign({ wait_for_update: 500 }, cm));

  var gpc = navigator.globalPrivacyControl === true;
  var listeners = {};
  var state = null; // {purposes, revision, record_id, jurisdiction, model, expires_at, consent_mode, t, q}
  var engine, readyResolve, root, reopen;
  var ready = new Promise(function (r) { readyResolve = r; });

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
  function t(k, dflt) { return state && state.t && state.t[k] || B.t && B.t[k] || dflt; }

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
        btn.onclick = function () { var c = {}; c[p] = true; A.save(c); };
        ph.append(msg, btn);
        el.hidden = true;
        el.parentNode.insertBefore(ph, el);
      }
      // (Re)write the texts: the engine brings them in the visitor's language once it has loaded.
      // Only on change: gate also runs on DOM mutations.
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

  // apply makes a choice take effect: stored for the next visit, scripts and frames unblocked, Consent Mode update.
  function persist() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage blocked: ask next time */ }
  }
  function apply(s, fromEngine) {
    state = s;
    if (fromEngine) persist();
    if (s && s.consent_mode) gtag('consent', 'update', s.consent_mode);
    gate();
    showReopen();
    emit('change', A.get());
  }

  function showReopen() {
    if (!d.body) return d.addEventListener('DOMContentLoaded', showReopen);
    if (!root) {
      var host = d.getElementById('assent-root');
      if (!host) { host = d.createElement('div'); host.id = 'assent-root'; d.body.appendChild(host); }
      root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    }
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
    reopen.setAttribute('aria-label', t('reopen', 'Privacy choices'));
    reopen.title = reopen.getAttribute('aria-label');
  }

  function getConfig() {
    return B.config ? Promise.resolve(B.config) : fetch(cfgURL, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('assent: config ' + cfgURL + ': HTTP ' + r.status);
      return r.json();
    }).then(function (c) { return (B.config = c); });
  }
  var execP;
  function loadExec() {
    return execP || (execP = new Promise(function (ok, fail) {
      if (w.Go) return ok();
      var s = d.createElement('script');
      s.src = base + '__EXEC__';
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
    var url = base + '__WASM__', res = fetch(url); // download the engine, the config and wasm_exec at once
    engine = Promise.all([getConfig(), loadExec()]).then(function () {
      // Open the proof database and ask the endpoint for the visitor's country while the engine compiles (the
      // engine awaits the same promises).
      var c = B.config, H = w.__assent;
      if (H && c.site) H.idb.prefetch(c.site).catch(function () { /* the engine reports it */ });
      // The endpoint defaults to this script's origin, as the engine's ReadConfig has it.
      if (H) H.context(typeof c.endpoint === 'string' && c.endpoint || new URL(base).origin);
      var go = new w.Go();
      return instantiate(url, go, res).then(function (res) {
        var up = new Promise(function (r) { B.ready = r; });
        go.run(res.instance);
        return up;
      });
    });
    engine.catch(function (e) { console.error(e); engine = null; });
    return engine;
  }
  // tools loads the proof and config checker (the verifier page's wasm) on demand: Assent.validate needs the
  // whole config validator and Assent.decide the law's texts and citations, which every visitor would
  // otherwise download with the engine (it carries the rule ids only).
  var toolsP;
  function tools() {
    return toolsP || (toolsP = loadExec().then(function () {
      var go = new w.Go();
      return instantiate(base + '__TOOLS__', go).then(function (res) { go.run(res.instance); return w.AssentVerifier; });
    }));
  }
  function call(name) {
    var args = [].slice.call(arguments, 1);
    return loadEngine().then(function (E) { return E[name].apply(null, args); });
  }

  // B is the engine's view of the loader (internal; not part of the public API).
  var B = {
    version: 1, base: base, configURL: cfgURL, gpc: gpc, gtag: gtag, emit: emit,
    strings: base + '__STRINGS__', // the engine's texts per language ({lang} is a catalog tag)
    state: function () { return state; },
    apply: function (s) { apply(s, true); },
    root: function () { showReopen(); return root; },
    reopen: function (on) { if (reopen) reopen.hidden = !on; },
    queue: function (n) { if (state && state.q !== n) { state.q = n; persist(); } },
    gate: gate
  };

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
    acceptAll: function () { return call('acceptAll'); },
    rejectAll: function () { return call('rejectAll'); },
    save: function (choices) { return call('save', choices || {}); },
    withdraw: function () { return call('withdraw'); },
    show: function () { return call('show'); },
    showPreferences: function () { return call('showPreferences'); },
    hide: function () { return engine ? call('hide') : Promise.resolve(); },
    records: function () { return call('records'); },
    decide: function (scenario) {
      return tools().then(function (T) {
        var d = JSON.parse(T.decide(JSON.stringify(scenario === undefined ? null : scenario)));
        if (d.error) throw new Error('assent: decide: ' + d.error);
        return d;
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

  state = read();
  if (state) {
    // Returning visitor: apply at once, no engine. Then check the revision in the background; a new revision, or
    // records still waiting to reach the endpoint, bring the engine in.
    apply(state, false);
    readyResolve(A);
    getConfig().then(function (c) {
      if (c.revision !== state.revision) { state = null; loadEngine(); }
      else if (state.q > 0) (w.requestIdleCallback || setTimeout)(loadEngine);
    }).catch(console.error);
  } else {
    gate();
    loadEngine().then(function () { readyResolve(A); });
  }
})(window, document);
