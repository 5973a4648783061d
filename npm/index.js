// @assent/widget: loads the Assent widget (the site loader or the plain loader) from your Assent endpoint with one
// script tag, and hands over its API, window.Assent. Nothing here runs on import: no window, no document, so
// the module is safe to import during server rendering; load() rejects there and the helpers answer "not
// consented".

const loads = new Map(); // script URL -> Promise of the API, so a URL is inserted once
const subs = new Set(); // {purpose, fn} of subscribe()
let wired = null; // the API the subscribers listen to

const browser = () => typeof window !== 'undefined' && typeof document !== 'undefined';
const api = () => (browser() && window.Assent && typeof window.Assent.on === 'function' ? window.Assent : null);

// wire adds the one change listener that tells every subscriber (once per API).
function wire(A) {
  if (!A || wired === A) return A;
  wired = A;
  A.on('change', () => subs.forEach((s) => { if (subs.has(s)) s.fn(consented(s.purpose)); }));
  return A;
}

/**
 * load inserts `<script src="SRC">` once and resolves to the API when the script has run. A page that already
 * has the widget (its script tag in the HTML, which Google Consent Mode needs first in <head>) resolves to
 * that one without inserting another. Rejects with an Error naming the URL when the script cannot be loaded or
 * defines no window.Assent, and on the server (no window).
 */
export function load(options) {
  if (!options || typeof options.src !== 'string' || !options.src) {
    return Promise.reject(new TypeError('assent: load(options): options.src must be the widget\'s script URL, e.g. https://consent.example/v1/sites/shop.example/assent.js'));
  }
  if (!browser()) {
    return Promise.reject(new Error('assent: load() needs a browser: call it in an effect or event handler, not during server rendering'));
  }
  const attrs = Object.entries(options.attributes || {});
  const bad = attrs.find(([k]) => !/^data-[a-z0-9-]+$/.test(k));
  if (bad) return Promise.reject(new TypeError('assent: load(options): attributes takes data-* names only, not ' + bad[0]));
  const src = new URL(options.src, document.baseURI).href;
  const have = api();
  if (have) return Promise.resolve(wire(have));
  if (loads.has(src)) return loads.get(src);
  const p = new Promise((resolve, reject) => {
    let s = [...document.scripts].find((x) => x.src === src);
    const done = () => {
      const A = api();
      if (A) resolve(wire(A));
      else reject(new Error('assent: ' + src + ' loaded but defined no window.Assent'));
    };
    const fail = () => { loads.delete(src); reject(new Error('assent: could not load ' + src)); };
    if (!s) {
      s = document.createElement('script');
      s.src = src;
      if (options.nonce) s.nonce = options.nonce;
      for (const [k, v] of attrs) s.setAttribute(k, String(v));
      document.head.appendChild(s);
    }
    s.addEventListener('load', done, { once: true });
    s.addEventListener('error', fail, { once: true });
  });
  loads.set(src, p);
  return p;
}

/** The API once the widget has loaded (window.Assent), else null (always null on the server). */
export function assent() {
  return api();
}

/**
 * consented says whether the visitor has consented to a purpose: false before a choice, before the widget has
 * loaded and on the server. Once the visitor has chosen, throws the API's TypeError for a purpose the config
 * does not have.
 */
export function consented(purpose) {
  const A = api();
  if (!A || !A.get().decided) return false;
  return A.has(purpose);
}

/**
 * subscribe calls fn(consented(purpose)) after every change of the visitor's choice (a stored choice applied, a
 * click, a withdrawal) and returns the function that stops it. It may be called before load(); on the server
 * it never calls fn.
 */
export function subscribe(purpose, fn) {
  if (typeof purpose !== 'string' || typeof fn !== 'function') {
    throw new TypeError('assent: subscribe(purpose, fn): purpose must be a string and fn a function');
  }
  const s = { purpose, fn };
  subs.add(s);
  wire(api());
  return () => { subs.delete(s); };
}
