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
  var NONCE = me && me.nonce || '';
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
  // Consent Mode: on unless the config says "consent_mode": false (the schema's default is true). The site
  // loader knows the config at once; the one-line install knows it only from data-consent-mode="false" on the
  // script tag, so without it the default is pushed at once (before any tag) and updates follow every choice.
  var cmAttr = me && me.getAttribute('data-consent-mode');
  var useCM = SITE ? cmOn(SITE.config) : cmAttr !== 'false';
  var B = { config: SITE && SITE.config }; // the engine's view of the loader, filled in below
  function cmOn(c) { var m = c.consent_mode; return m === undefined || (m && typeof m === 'object' ? m.enabled !== false : !!m); }
  var SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
    'personalization_storage'];
  // The regions whose Consent Mode default is always denied (the countries the rules know: the EEA, the UK and
  // Switzerland; a Go test checks this list against rules.Countries).
  var EUROPE = 'AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ');
  function cmConf() { var c = B.config && B.config.consent_mode; return c && typeof c === 'object' ? c : {}; }
  // cmState is the Consent Mode state of a choice: a type is granted when a granted purpose grants it (the
  // paint data's table), or as consent_mode.types says: "granted"/"denied" whatever is chosen, or a list of
  // purposes that must all be granted. Without purposes (the default) only "granted" types are.
  function cmState(granted, purposes) {
    var cm = {}, ty = cmConf().types || {};
    SIGNALS.forEach(function (k) { cm[k] = granted && granted[k] ? 'granted' : 'denied'; });
    cm.security_storage = 'granted';
    Object.keys(ty).forEach(function (k) {
      var v = ty[k];
      cm[k] = v === 'granted' || v === 'denied' ? v : Array.isArray(v) && v.length && purposes &&
        v.every(function (p) { return purposes[p] === true; }) ? 'granted' : 'denied';
    });
    return cm;
  }
  // cmDefault pushes the Consent Mode default: denied for the visitor's region when it is in Europe, and
  // outside it as consent_mode.outside_europe says ("denied" unless set); then ads_data_redaction (on unless
  // false) and url_passthrough (off unless true). The one-line install knows none of these settings before its
  // config arrives: it pushes the denied default everywhere.
  function cmDefault() {
    var c = cmConf(), d = cmState();
    d.wait_for_update = typeof c.wait_for_update === 'number' ? c.wait_for_update : 500;
    if (c.outside_europe === 'granted') {
      var o = Object.assign({}, d);
      SIGNALS.forEach(function (k) { if (!(c.types && c.types[k] === 'denied')) o[k] = 'granted'; });
      gtag('consent', 'default', o);
      gtag('consent', 'default', Object.assign({ region: EUROPE.slice() }, d));
    } else gtag('consent', 'default', d);
    if (c.ads_data_redaction !== false) gtag('set', 'ads_data_redaction', true);
    if (c.url_passthrough === true) gtag('set', 'url_passthrough', true);
  }

  // Built-in integrations (config "integrations"), each off unless configured: Microsoft UET consent mode
  // (uetq: ad_storage), Microsoft Clarity (consentv2: ad_Storage, analytics_Storage) and the Meta pixel
  // (fbq consent grant/revoke, granted with ad_storage and ad_user_data). {"purposes": [...]} instead of true
  // grants the integration when every listed purpose is granted. The default goes out before the tags load
  // (the loader comes first on the page), an update after every change.
  var metaWant, metaHooked;
  function integrate(s) {
    var I = B.config && B.config.integrations;
    if (!I || typeof I !== 'object') return;
    var cm = s ? s.consent_mode || {} : cmState(), pu = s && s.purposes;
    var g = function (name, sig) {
      var ps = I[name] && I[name].purposes;
      return (Array.isArray(ps) ? ps.length > 0 && !!pu && ps.every(function (p) { return pu[p] === true; }) :
        sig.every(function (k) { return cm[k] === 'granted'; })) ? 'granted' : 'denied';
    };
    if (I.uet) (w.uetq = w.uetq || []).push('consent', s ? 'update' : 'default', { ad_storage: g('uet', ['ad_storage']) });
    if (I.clarity) {
      w.clarity = w.clarity || function () { (w.clarity.q = w.clarity.q || []).push(arguments); };
      w.clarity('consentv2', { ad_Storage: g('clarity', ['ad_storage']), analytics_Storage: g('clarity', ['analytics_storage']) });
    }
    if (I.meta_pixel) meta(g('meta_pixel', ['ad_storage', 'ad_user_data']) === 'granted' ? 'grant' : 'revoke');
  }
  // meta sends fbq('consent', x). Before the Meta base code has run there is no fbq, and defining one would stop
  // the base code (it does nothing when fbq exists): the call waits for the base code's fbq and goes first into
  // its queue, before the page's fbq('init').
  function meta(x) {
    metaWant = x;
    if (typeof w.fbq === 'function') return w.fbq('consent', x);
    if (metaHooked) return;
    metaHooked = true;
    var own = function (o, k, v) { Object.defineProperty(o, k, { configurable: true, enumerable: true, writable: true, value: v }); };
    Object.defineProperty(w, 'fbq', { configurable: true, enumerable: true, get: function () { return undefined; }, set: function (f) {
      own(w, 'fbq', f);
      if (typeof f !== 'function') return;
      Object.defineProperty(f, 'queue', { configurable: true, enumerable: true, get: function () { return undefined; }, set: function (q) {
        own(f, 'queue', q);
        if (q && q.push) q.push(['consent', metaWant]);
      } });
    } });
  }
  if (useCM) cmDefault();
  if (B.config) integrate(null);

  var gpc = navigator.globalPrivacyControl === true;
  var listeners = {};
  var state = null; // {purposes, revision, record_id, jurisdiction, model, expires_at, consent_mode, t, q}
  var engine, E, readyResolve, readyReject, root, reopen, layer = null, layerN = 0, opener = null, dismissed = false;
  var ready = new Promise(function (r, f) { readyResolve = r; readyReject = f; });
  ready.catch(function () { /* logged once by loadEngine; a page that awaits ready sees the Error */ });
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
      // A nonce is hidden from getAttribute once parsed: carry the property over (or data-assent-nonce, or the
      // loader's own), so a page whose CSP allows scripts by nonce runs the script it gated.
      n.nonce = el.nonce || el.getAttribute('data-assent-nonce') || NONCE;
      if (!el.src) n.text = el.text;
      el.parentNode.replaceChild(n, el);
    });
    // A placeholder whose frame is gone (a framework re-rendered or removed it) goes too.
    d.querySelectorAll('div.assent-placeholder[data-assent-placeholder]').forEach(function (ph) {
      var f = ph.nextElementSibling;
      if (!f || f.tagName !== 'IFRAME' || !f.hasAttribute('data-src')) ph.remove();
    });
    d.querySelectorAll('iframe[data-assent-purpose][data-src]').forEach(function (el) {
      if (el.getAttribute('data-assent-placeholder') === 'off') { // the page draws its own (Assent.has, 'change')
        if (allowed(el)) { el.src = el.getAttribute('data-src'); el.removeAttribute('data-src'); }
        return;
      }
      var ph = el.previousElementSibling;
      if (!(ph && ph.matches('div.assent-placeholder[data-assent-placeholder]'))) ph = null;
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
        // Styled here (no site CSS needed) and sized like the frame, so nothing moves when it loads.
        // An inline frame sits on the baseline: an inline-block with overflow does too (its baseline is its bottom).
        var r = el.getBoundingClientRect(), cs = getComputedStyle(el);
        ph.style.cssText = 'box-sizing:border-box;display:' + (cs.display === 'inline' ? 'inline-block' : 'block') +
          ';vertical-align:' + cs.verticalAlign + ';padding:12px;max-width:100%;overflow:auto;text-align:center;background:#f1f1f3;color:#1b1b1f;' +
          'border:1px dashed #767680;font:15px/1.4 system-ui,sans-serif;width:' + (r.width || 300) + 'px;height:' + (r.height || 150) + 'px';
        msg.style.margin = '0 0 8px';
        btn.style.cssText = 'min-height:44px;padding:8px 16px;border:0;border-radius:6px;background:#1b1b1f;color:#fff;font:inherit;cursor:pointer';
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

  var sharedId; // the choice last written to the shared cookie: a queue count change rewrites nothing
  function persist() {
    if (state && state.record_id && state.record_id !== sharedId && cdom()) { share(state); sharedId = state.record_id; }
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage blocked: ask next time */ }
  }

  // cookie_domain (config): the current choice, not its proof, is shared with every subdomain of that domain in a
  // first-party cookie, so a choice made on shop.example applies at once on blog.shop.example; a withdrawal
  // removes it, and every subdomain that applied it asks again. The proof stays in the chain of the origin where
  // the choice was made (the shared choice carries its record_id and that host, get().origin).
  var cdWarned;
  function cdom() {
    var c = B.config && B.config.cookie_domain, h = location.hostname.toLowerCase();
    if (typeof c !== 'string' || !c || !siteName) return '';
    c = c.replace(/^\./, '').toLowerCase();
    if (h === c || h.slice(-c.length - 1) === '.' + c) return c;
    if (!cdWarned) console.warn(cdWarned = 'assent: cookie_domain "' + c + '" does not contain this host (' + h + '): the choice is not shared');
    return '';
  }
  function cookieName() { return 'assent_' + siteName.replace(/[^A-Za-z0-9]/g, '_'); }
  function cookie(v, secs) {
    d.cookie = cookieName() + '=' + v + '; Domain=' + cdom() + '; Path=/; Max-Age=' + secs + '; SameSite=Lax' +
      (location.protocol === 'https:' ? '; Secure' : '');
  }
  function shared() {
    var m = ('; ' + d.cookie).split('; ' + cookieName() + '=')[1];
    try {
      var c = m && JSON.parse(decodeURIComponent(m.split(';')[0]));
      if (c && c.purposes && Date.parse(c.expires_at) > Date.now() && (!pinned || c.revision === pinned)) return c;
    } catch (e) { /* not ours */ }
    return null;
  }
  function share(s) {
    if (s.a === 'withdraw') { cookie('', 0); s.cd = false; return; }
    var c = {};
    ['purposes', 'revision', 'record_id', 'jurisdiction', 'model', 'expires_at', 'consent_mode', 'a', 'at', 'o'].forEach(function (k) { c[k] = s[k]; });
    cookie(encodeURIComponent(JSON.stringify(c)), Math.max(0, Math.round((Date.parse(s.expires_at) - Date.now()) / 1000)));
    var back = shared();
    s.cd = !!back && back.record_id === s.record_id; // shared (a cookie the browser refuses is not)
  }
  // fromShared brings this page's choice in line with the shared one: a newer shared choice replaces it; a choice
  // that was shared and is no longer (withdrawn on another subdomain) is dropped. True when the choice changed.
  function fromShared() {
    if (!cdom()) return false;
    var c = shared();
    if (c && (!state || (c.at || 0) > (state.at || 0))) {
      state = Object.assign(c, { cd: true, t: state && state.t, q: state && state.q || 0, nr: B.config.reopen_control === false });
      try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage blocked */ }
      return true;
    }
    if (!c && state && state.cd) {
      state = null;
      try { localStorage.removeItem(KEY); } catch (e) { /* storage blocked */ }
      return true;
    }
    return false;
  }
  // apply makes a choice take effect: stored for the next visit, scripts and frames unblocked, Consent Mode update,
  // then the tag managers' event (assent_consent_update for a choice made now, assent_consent_ready for a stored one).
  function apply(s, store) {
    state = s;
    if (store) persist();
    if (s && s.consent_mode && useCM) gtag('consent', 'update', s.consent_mode);
    if (s) integrate(s);
    if (s) dl.push({ event: store ? 'assent_consent_update' : 'assent_consent_ready',
      assent: { action: s.a || '', purposes: Object.assign({}, s.purposes), jurisdiction: s.jurisdiction, record_id: s.record_id } });
    gate();
    showReopen();
    emit('change', A.get());
  }

  // host returns the shadow root the layers and the reopen control live in, creating it (under <body>, or
  // under <html> while the body does not exist yet) with the widget's stylesheets. They are constructed
  // stylesheets (adoptedStyleSheets), not <style> elements, so a page whose Content-Security-Policy has no
  // 'unsafe-inline' in style-src shows the widget as designed (README, "Content Security Policy").
  var sheets = [];
  function sheet(css) {
    if (w.CSSStyleSheet && 'adoptedStyleSheets' in Document.prototype) {
      var s = new CSSStyleSheet();
      s.replaceSync(css);
      sheets.unshift(s); // the paint data's stylesheet goes before the loader's own rules
      root.adoptedStyleSheets = sheets.slice();
    } else { // older browsers: an inline <style> (needs 'unsafe-inline' under a CSP)
      var st = d.createElement('style');
      st.textContent = css;
      root.insertBefore(st, root.firstChild);
    }
  }
  var styled = false;
  function host() {
    if (!root) {
      var h = d.getElementById('assent-root');
      if (!h) { h = d.createElement('div'); h.id = 'assent-root'; (d.body || d.documentElement).appendChild(h); }
      root = h.shadowRoot || h.attachShadow({ mode: 'open' });
      root.addEventListener('click', onClick);
      root.addEventListener('keydown', onKey);
      sheet(CSS); // the loader's own rules: there before the paint data's stylesheet
    }
    if (P && !styled) { styled = true; sheet(P.css); }
    return root;
  }
  function showReopen() {
    if (!d.body) return d.addEventListener('DOMContentLoaded', showReopen);
    host();
    // reopen_control: false in the config (or in the stored choice, for a returning visitor's first moments):
    // no floating control; data-assent-open elements still open the preferences.
    if (B.config ? B.config.reopen_control === false : state && state.nr) { if (reopen) { reopen.remove(); reopen = null; } return; }
    if (!reopen) {
      reopen = d.createElement('button');
      reopen.type = 'button';
      reopen.setAttribute('data-assent', 'reopen');
      reopen.setAttribute('part', 'reopen');
      reopen.textContent = '\u2699';
      reopen.onclick = function () { A.showPreferences(); };
      root.appendChild(reopen);
    }
    reopen.hidden = !!layer || !state;
    reopen.setAttribute('aria-label', t('reopen', 'Privacy choices'));
    reopen.title = reopen.getAttribute('aria-label');
  }

  var CSS = '[data-assent=reopen]{position:fixed;bottom:12px;left:12px;z-index:2147483000;width:44px;height:44px;' +
    'border-radius:50%;border:1px solid #888;background:var(--assent-bg,#fff);color:var(--assent-fg,#111);' +
    'font:20px/1 system-ui,sans-serif;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3)}' +
    '[data-assent=reopen]:focus-visible{outline:3px solid var(--assent-accent,#1a56db);outline-offset:3px;box-shadow:0 0 0 6px #fff}' +
    '[data-assent=backdrop]{position:fixed;inset:0;z-index:2147483000;background:rgba(0,0,0,.45)}';

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
  // tree is the node tree of layer n for this visitor: a site loader sends the GPC variant as the other one plus
  // the node it inserts among the root's children ({i, n} under "bgi"/"pgi"), which halves its size.
  function tree(n) {
    var k = n === 1 ? 'b' : 'p', x = L && gpc && L[k + 'gi'];
    if (!L || !gpc || !x) return L && L[k + (gpc ? 'g' : '')];
    var t = L[k].slice();
    t[3] = t[3].slice();
    t[3].splice(x.i, 0, x.n);
    return t;
  }

  // showLayer shows layer n (1 the banner, 2 the preferences) from the paint data, moves focus into it and
  // measures it once painted; false when there is nothing to paint from yet.
  function showLayer(n, picks) {
    var tr = tree(n);
    if (!tr) return false;
    var back = layer ? opener : active();
    var was = layer && layerN === 2 ? toggles() : null;
    if (layer && layerN === 1) shown[1] = measure() || shown[1]; // the banner the preferences come after
    removeLayer();
    opener = back;
    layer = build(tr);
    layer.setAttribute('part', n === 1 ? 'banner' : 'preferences'); // #assent-root::part(banner) in a site's CSS
    layerN = n;
    host().appendChild(layer);
    if (n === 2) modal(true);
    if (n === 2) {
      var on = picks || was || (state && state.purposes) || {};
      layer.querySelectorAll('input[data-assent-purpose]').forEach(function (b) {
        var id = b.getAttribute('data-assent-purpose');
        if (!b.disabled) b.checked = on[id] === true;
        // A purpose used without consent under an exemption that lets the visitor object (rules duty
        // offer_objection): said under it; unticking it and saving is the objection.
        if (dec && dec.obj && dec.obj.indexOf(id) >= 0 && b.parentNode) {
          var note = d.createElement('p');
          note.className = 'desc';
          note.setAttribute('data-assent-notice', 'objection');
          note.textContent = t('objection', 'Used without consent under a legal exemption; untick to object.');
          b.parentNode.after(note);
        }
      });
    }
    showReopen();
    var first = layer.querySelector(n === 2 ? 'input:not([disabled]),button' : 'button');
    if (first) first.focus();
    var l = layer;
    requestAnimationFrame(function () {
      if (layer !== l) return;
      shown[n] = measure();
      if (shown[n]) checkUI(n, shown[n]);
    });
    emit('show', n);
    return true;
  }
  // active is the focused element, inside the widget's shadow root too.
  function active() {
    var a = d.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }
  // modal makes the preferences a modal dialog: a backdrop in the shadow root takes the clicks around it, and
  // the page's other body children are inert until it closes (those inert before stay so).
  var backdrop = null, inerted = [];
  function modal(on) {
    if (on && !backdrop) {
      backdrop = d.createElement('div');
      backdrop.setAttribute('data-assent', 'backdrop');
      backdrop.setAttribute('part', 'backdrop');
      root.insertBefore(backdrop, layer);
      [].forEach.call(d.body ? d.body.children : [], function (el) {
        if (el.id !== 'assent-root' && !el.inert) { el.inert = true; inerted.push(el); }
      });
    } else if (!on && backdrop) {
      backdrop.remove();
      backdrop = null;
      inerted.forEach(function (el) { el.inert = false; });
      inerted = [];
    }
  }
  function removeLayer() {
    if (!layer) return false;
    modal(false);
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
  // checkUI looks at a measured layer the way the ledger will (rules.ValidateUI): when reject may be less
  // prominent than accept or a label hard to read (the host page's CSS reaching the widget), the tools wasm
  // says exactly what, as console warnings, so a site owner sees it before the ledger refuses records. A layer
  // that is clearly fine loads nothing.
  // lum is the WCAG relative luminance of a computed colour "rgb(r, g, b)", or -1 when it has transparency or
  // cannot be read.
  function lum(c) {
    var m = /^rgba?\((\d+), (\d+), (\d+)(, ([\d.]+))?\)$/.exec(c || '');
    if (!m || m[5] !== undefined && +m[5] < 1) return -1;
    var v = m.slice(1, 4).map(function (x) { x /= 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function uiDoubt(m) {
    var a = m.accept, r = m.reject;
    if (!r || !r.width || !r.height || r.kind !== 'button' || r.width * r.height < 0.9 * a.width * a.height ||
      a.font_size - r.font_size > 1 || a.font_weight - r.font_weight > 100) return true;
    return [a, r].some(function (b) {
      var f = lum(b.color), g = lum(b.background);
      return f < 0 || g < 0 || contrast(f, g) < 4.5;
    });
  }
  function contrast(f, g) { return (Math.max(f, g) + 0.05) / (Math.min(f, g) + 0.05); } // WCAG 2.x
  // It waits for the theme check (whose fixes it would otherwise report again) and measures the layer anew.
  function checkUI(n, m) {
    themed.then(function () {
      if (layer && layerN === n) m = measure() || m;
      if (!uiDoubt(m) && !(m.first_layer && uiDoubt(m.first_layer))) return;
      return tools().then(function (T) {
        JSON.parse(T.ui(JSON.stringify(m))).forEach(function (f) { console.warn('assent: ' + f.code + ': ' + f.message, '(' + f.cite + ')'); });
      });
    }).catch(console.error);
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
    if (state || dismissed) return hideLayer();
    var o = opener;
    showLayer(1);
    opener = o;
    var c = layer && layer.querySelector('[data-assent-action="preferences"]');
    if (c) c.focus(); // back on the control that opened the preferences
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
  // decFor is the decision for a visitor from country c: the paint data's for c, else (scope "europe") the one
  // for any other known country ("*", outside the scope), else the strictest reading's ("").
  function decFor(c) {
    var i = P.cc[c];
    if (i === undefined) i = c && P.cc['*'] !== undefined ? P.cc['*'] : P.cc[''];
    var x = P.dec[i];
    return { c: c, j: x.j, m: x.m, banner: x.banner, out: !!x.out, notice: x.notice, obj: x.obj };
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
  // no purpose needs consent in the visitor's country, nothing (the purposes are applied without a record);
  // but where an exempt purpose still needs information and a way to object (dec.notice), the purposes are
  // applied and the banner is shown as that notice until the visitor answers (rules duty offer_objection).
  function firstPaint() {
    if (state && state.auto && dec.notice && P && L && !layer && !dismissed) showLayer(1);
    if (state || !P || !L) return;
    if (dec.banner) { if (!layer && !dismissed) showLayer(1); }
    else {
      if (layer) removeLayer();
      // Nothing to ask here: every purpose applies, without a record. Kept until the end of the UTC day only, so
      // a decision that changes (another country, a law in force from a date) is made again tomorrow.
      var s = stateFor(Object.assign({}, P.choices[gpc && dec.out ? 'accept_all_gpc' : 'accept_all']), '', 'none');
      s.auto = true;
      if (dec.out) { s.jurisdiction = dec.c; s.model = 'out_of_scope'; } // scope "europe", a visitor from elsewhere
      s.expires_at = new Date(Math.min(Date.parse(s.expires_at), (Math.floor(Date.now() / 864e5) + 1) * 864e5)).toISOString();
      apply(s, true);
      if (dec.notice && !layer && !dismissed) showLayer(1);
    }
  }
  // redecide follows a new decision: a choice applied without asking is withdrawn when consent is now needed
  // (denied until the visitor answers), and the banner is shown or hidden.
  function redecide() {
    if (state && state.auto && dec.banner) {
      state = null;
      try { localStorage.removeItem(KEY); } catch (e) { /* storage blocked */ }
      if (useCM) gtag('consent', 'update', cmState());
      integrate({ consent_mode: cmState(), purposes: {} });
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
  function stateFor(purposes, id, action) {
    var granted = {};
    P.ids.forEach(function (p) { if (purposes[p]) P.cm[p].forEach(function (s) { granted[s] = true; }); });
    var s = {
      purposes: purposes, revision: B.config.revision || '', record_id: id, jurisdiction: dec.j, model: dec.m,
      expires_at: new Date(Date.now() + P.exp * 864e5).toISOString(), t: L ? L.t : B.t, q: (state && state.q || 0) + (id ? 1 : 0),
      nr: B.config.reopen_control === false, a: action, at: Date.now(), o: location.host
    };
    s.consent_mode = cmState(granted, purposes);
    return s;
  }
  // act applies a choice at once (stored, scripts and frames, Consent Mode), keeps it as a pending choice before
  // anything else, and resolves to its record once the engine has sealed it.
  function act(action, picks, ui) {
    if (!paint()) return loadEngine().then(function () { return act(action, picks, ui); });
    var id = crypto.randomUUID(), purposes = purposesFor(action, picks), s = stateFor(purposes, id, action);
    // cm: the Consent Mode state this choice pushes, as the record states it.
    var pend = { id: id, action: action, picks: action === 'save' ? purposes : null, ui: ui || null, time: new Date().toISOString(),
      lang: lang || B.config.languages && B.config.languages[0] || 'en', country: dec.c, gpc: gpc, n: L ? L.n : '', cm: s.consent_mode };
    mem[id] = pend;
    try { localStorage.setItem(PEND + id, JSON.stringify(pend)); } catch (e) { /* kept in memory for this page */ }
    dismissed = true;
    hideLayer();
    apply(s, true);
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

  // getConfig fetches the one-line install's config once. A config that cannot be had rejects with an Error
  // naming the URL and the cause (and stays rejected: nothing is shown, gated content stays blocked); an invalid
  // one is used for what is valid in it (see sane).
  var cfgP;
  function getConfig() {
    return B.config ? Promise.resolve(B.config) : cfgP || (cfgP = fetch(cfgURL, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + (r.statusText ? ' ' + r.statusText : ''));
      return r.json();
    }).then(function (c) {
      if (!c || typeof c !== 'object' || Array.isArray(c)) throw new Error('not a JSON object');
      c = sane(c);
      if (!siteName && typeof c.site === 'string') { siteName = c.site; KEY = 'assent:site:' + c.site; PEND = KEY + ':pending:'; }
      if (!cmOn(c) && useCM) console.warn('assent: "consent_mode": false in ' + cfgURL + ' but the script tag has no data-consent-mode="false": the Consent Mode default was sent before the config arrived, so updates follow every choice');
      B.config = c;
      if (useCM && c.consent_mode && c.consent_mode.ads_data_redaction === false) gtag('set', 'ads_data_redaction', false);
      integrate(null);
      if (fromShared()) {
        if (state) { if (layer) removeLayer(); apply(state, false); }
        else { if (useCM) gtag('consent', 'update', cmState()); emit('change', A.get()); if (paint()) firstPaint(); }
      } else if (state) integrate(state);
      showReopen();
      return c;
    }, function (e) {
      throw new Error('assent: config ' + cfgURL + ': ' + (e && e.message || e), { cause: e });
    }));
  }
  // sane keeps what is valid in a config for a safe banner (purposes with a valid, unique id; a preticked box is
  // never drawn whatever the config says) and logs the validator's findings, once, with console.error.
  function sane(c) {
    var raw = JSON.stringify(c), bad = [], seen = {}, ps = Array.isArray(c.purposes) ? c.purposes : [];
    if (!Array.isArray(c.purposes)) bad.push('purposes: missing');
    if (typeof c.site !== 'string' || !c.site) bad.push('site: missing');
    if (typeof c.revision !== 'string' || !c.revision) bad.push('revision: missing');
    if (!c.controller || typeof c.controller.name !== 'string' || !c.controller.name) bad.push('controller: missing');
    c.purposes = ps.filter(function (p, i) {
      var ok = p && typeof p.id === 'string' && /^[a-z0-9_-]{1,64}$/.test(p.id) && !seen[p.id];
      if (!ok) bad.push('purposes[' + i + '].id: invalid or repeated (purpose left out)');
      else if (p.preticked === true && !p.required) bad.push('purposes[' + i + '].preticked: a box is never pre-ticked');
      if (ok) seen[p.id] = true;
      return ok;
    });
    if (bad.length) {
      var say = function (list) { console.error('assent: invalid config ' + cfgURL + ' (a safe banner is shown from what is valid):\n- ' + list.join('\n- ')); };
      tools().then(function (T) {
        var f = JSON.parse(T.validate(raw)).filter(function (x) { return x.severity === 'error'; });
        say(f.length ? f.map(function (x) { return x.code + ' (' + x.field + '): ' + x.message; }) : bad);
      }, function () { say(bad); });
    }
    return c;
  }
  var execP;
  function loadExec() {
    return execP || (execP = new Promise(function (ok, fail) {
      if (w.Go) return ok();
      var s = d.createElement('script');
      s.src = base + '__EXEC__';
      s.nonce = NONCE;
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
  var logged;
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
    }).then(function (x) { E = x; return x; });
    engine.catch(function (e) { if (e !== logged) console.error(logged = e); engine = null; });
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
    if (paint() && L) return new Promise(function (ok) { ok(fn()); }); // a throw rejects
    return loadEngine().then(fn);
  }

  // checkTheme checks the theme the page gives #assent-root once the page has loaded: each variable read as a
  // computed colour (resolved through a probe's color, so var() and named colours become rgb()), the site's or
  // the stylesheet's default. When a text colour reads under 4.5:1 on its background, or a colour cannot be
  // read, the tools wasm's widget.CheckTheme decides: each problem is a console error naming the variable, and
  // its replacement is set on #assent-root (so the ledger accepts what is recorded from then on).
  var TV = ['bg', 'fg', 'muted', 'accent', 'accent-fg'];
  var DEF = ['#fff #1b1b1f #4b4b55 #1a56db #fff', '#1d1e22 #f2f2f4 #c4c4cc #8ab4f8 #0b1220'];
  var themeDone, themed = new Promise(function (ok) { themeDone = ok; });
  function checkTheme() {
    if (!root || !d.body) return themeDone();
    var h = root.host, cs = getComputedStyle(h), dark = matchMedia('(prefers-color-scheme: dark)').matches;
    var vars = {}, lums = [], probe = d.createElement('i'), doubt = false;
    d.body.appendChild(probe);
    TV.forEach(function (k, i) {
      var v = cs.getPropertyValue('--assent-' + k).trim(), c = v || DEF[+dark].split(' ')[i];
      probe.style.color = '';
      probe.style.color = c;
      var got = probe.style.color ? getComputedStyle(probe).color : '';
      lums[i] = lum(got);
      if (lums[i] < 0) doubt = true; else c = got;
      if (v) vars['--assent-' + k] = c;
    });
    probe.remove();
    [[1, 0], [2, 0], [3, 0], [4, 3]].forEach(function (p) {
      if (lums[p[0]] >= 0 && lums[p[1]] >= 0 && contrast(lums[p[0]], lums[p[1]]) < 4.5) doubt = true;
    });
    if (!doubt) return themeDone();
    tools().then(function (T) {
      var r = JSON.parse(T.theme(JSON.stringify({ vars: vars, dark: dark })));
      r.problems.forEach(function (f) {
        var v = r.fixed[f.field];
        console.error('assent: theme ' + f.field + ': ' + f.code + ': ' + f.message);
        if (v) h.style.setProperty(f.field, v);
      });
    }, console.error).then(themeDone);
  }

  // B is the engine's view of the loader (internal; not part of the public API).
  Object.assign(B, {
    version: 2, base: base, configURL: cfgURL, gpc: gpc, gtag: gtag, emit: emit,
    strings: base + '__STRINGS__', // the engine's texts per language ({lang} is a catalog tag)
    state: function () { return state; },
    country: function () { return askCountry(B.config).then(function (c) { return c || hintCountry(); }); },
    // adopt takes the engine's paint data for this visitor: what is on screen stays when it is what the engine
    // would paint; otherwise the layer is painted again (and the decision applied) from the engine's.
    adopt: function (json) {
      var p = JSON.parse(json), k = Object.keys(p.langs)[0], nl = p.langs[k], g = gpc ? 'g' : '';
      var same = L && lang === k && JSON.stringify([tree(1), tree(2)]) === JSON.stringify([nl['b' + g], nl['p' + g]]);
      P = p; L = nl; lang = k; B.t = nl.t;
      dec = { c: p.dec[0].c, j: p.dec[0].j, m: p.dec[0].m, banner: p.dec[0].banner, out: !!p.dec[0].out, notice: p.dec[0].notice, obj: p.dec[0].obj };
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
  });

  // save records the visitor's picks (merged into the current choice), checked: not an object, an unknown purpose,
  // a value that is not a boolean or a required purpose switched off rejects with a TypeError naming the argument,
  // and nothing is recorded or changed.
  function save(choices, ui) {
    if (choices === null || typeof choices !== 'object' || Array.isArray(choices)) {
      return fail('save(choices): choices must be an object of purpose ids to booleans, not ' + kind(choices));
    }
    return withPaint(function () {
      var picks = Object.assign({}, state && state.purposes);
      Object.keys(choices).forEach(function (k) {
        valid(P.ids.indexOf(k) >= 0, 'save(choices): unknown purpose "' + k + '"');
        valid(typeof choices[k] === 'boolean', 'save(choices): choices["' + k + '"] must be a boolean, not ' + kind(choices[k]));
        valid(choices[k] || P.req.indexOf(k) < 0, 'save(choices): purpose "' + k + '" is required and cannot be false');
        picks[k] = choices[k];
      });
      return act('save', picks, ui);
    });
  }
  function kind(x) { return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x === 'string' ? 'the string "' + x + '"' : typeof x; }
  function valid(ok, msg) { if (!ok) throw new TypeError('assent: ' + msg); }
  function fail(msg) { return Promise.reject(new TypeError('assent: ' + msg)); }
  // none runs fn for a member that takes no argument; an argument makes it reject (Promise members) or throw.
  function none(name, fn, sync) {
    return function () {
      if (arguments.length && arguments[0] !== undefined) {
        var m = name + '() takes no argument, got ' + kind(arguments[0]);
        if (sync) valid(false, m);
        return fail(m);
      }
      return fn();
    };
  }
  function obj(name, fn) {
    return function (x) {
      return x !== null && typeof x === 'object' && !Array.isArray(x) ? fn(x) : fail(name + ' must be an object, not ' + kind(x));
    };
  }
  var EVENTS = ['change', 'show', 'hide', 'synced', 'error'];
  function listener(name, ev, fn) {
    valid(EVENTS.indexOf(ev) >= 0, name + '(event, fn): unknown event ' + (typeof ev === 'string' ? '"' + ev + '"' : kind(ev)) + ' (one of ' + EVENTS.join(', ') + ')');
    valid(typeof fn === 'function', name + '(event, fn): fn must be a function, not ' + kind(fn));
  }
  // known lists the purpose ids this page knows of (null before the config).
  function known() {
    var c = B.config;
    return P ? P.ids : c && Array.isArray(c.purposes) ? c.purposes.map(function (p) { return p.id; }) : state ? Object.keys(state.purposes) : null;
  }
  var A = {
    ready: ready,
    get: none('get', function () {
      var s = state || {};
      return {
        decided: !!state, purposes: Object.assign({}, s.purposes), revision: s.revision || '',
        record_id: s.record_id || '', jurisdiction: s.jurisdiction || '', model: s.model || '', expires_at: s.expires_at || '',
        origin: s.o || ''
      };
    }, true),
    has: function (p) {
      valid(typeof p === 'string', 'has(purpose): purpose must be a string, not ' + kind(p));
      var k = known();
      valid(!k || k.indexOf(p) >= 0, 'has(purpose): unknown purpose "' + p + '"');
      return !!(state && state.purposes[p] === true);
    },
    acceptAll: none('acceptAll', function () { return act('accept_all', null, null); }),
    rejectAll: none('rejectAll', function () { return act('reject_all', null, null); }),
    save: function (choices) { return save(choices, null); },
    withdraw: none('withdraw', function () { return act('withdraw', null, null); }),
    show: none('show', function () { return withPaint(function () { dismissed = false; showLayer(1); }); }),
    showPreferences: none('showPreferences', function () { return withPaint(function () { showLayer(2); }); }),
    hide: none('hide', function () { if (layer) { dismissed = true; hideLayer(); } return Promise.resolve(); }),
    records: none('records', function () { return sealing.then(function () { return call('records'); }); }),
    decide: obj('decide(scenario): scenario', function (scenario) {
      return tools().then(function (T) {
        var r = JSON.parse(T.decide(JSON.stringify(scenario)));
        if (r.error) throw new Error('assent: decide: ' + r.error);
        return r;
      });
    }),
    validate: obj('validate(config): config', function (config) {
      return tools().then(function (T) { return JSON.parse(T.validate(JSON.stringify(config))); });
    }),
    on: function (ev, fn) { listener('on', ev, fn); (listeners[ev] = listeners[ev] || []).push(fn); return A; },
    off: function (ev, fn) { listener('off', ev, fn); listeners[ev] = (listeners[ev] || []).filter(function (f) { return f !== fn; }); return A; }
  };
  Object.defineProperty(A, '_', { value: B });
  w.Assent = A;

  idle(checkTheme);
  d.addEventListener('click', function (e) {
    var el = e.target && e.target.closest && e.target.closest('[data-assent-open]');
    if (el) { e.preventDefault(); A.showPreferences(); }
  });
  new MutationObserver(gateSoon).observe(d.documentElement, { childList: true, subtree: true });
  // A choice made while the engine could not be fetched (offline) is sealed once the network is back.
  w.addEventListener('online', function () { if (!E && pending().length) loadEngine().catch(function () { /* next page */ }); });

  state = read();
  if (B.config) fromShared();
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
    }).catch(function (e) { if (e !== logged) console.error(logged = e); }); // once, whoever meets it first
  } else if (paint()) {
    // First visit with paint data: paint now; correct it if the endpoint knows another country; the engine
    // follows at low priority once the page has loaded.
    gate();
    firstPaint();
    askCountry(B.config).then(function (c) {
      if (c && c !== country && (!state || state.auto)) { country = c; dec = decFor(c); redecide(); }
    });
    idle(function () { loadEngine().then(function () { readyResolve(A); }, readyReject); });
  } else {
    gate();
    loadEngine().then(function () { readyResolve(A); }, readyReject);
  }
})(window, document);
