// The Google Tag Manager template (gtm/template.tpl), offline: its sandboxed JavaScript runs in Node against a
// fake of Tag Manager's sandbox APIs that enforces the template's own ___WEB_PERMISSIONS___ the way Tag Manager
// does (a call they do not allow throws), its ___TESTS___ scenarios run through a small runCode/mock/assertApi
// harness, and gtm/metadata.yaml is checked against the Community Template Gallery's format. Tag Manager itself
// cannot run here (offline); the last test runs the template's code in Chromium with the real site loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { BASE, BANNER } from './lib.mjs';
import { sitePage, launchCross, SHOP } from './crosssite.mjs';

const root = new URL('../../', import.meta.url);
const TPL = readFileSync(new URL('gtm/template.tpl', root), 'utf8');
const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
  'personalization_storage'];

// sections splits the .tpl into its ___NAME___ sections.
function sections(text) {
  const out = {};
  let name = null;
  for (const line of text.split('\n')) {
    const m = /^___([A-Z_]+)___$/.exec(line);
    if (m) { name = m[1]; out[name] = []; continue; }
    if (name) out[name].push(line);
  }
  for (const k of Object.keys(out)) out[k] = out[k].join('\n').trim();
  return out;
}
const S = sections(TPL);
const INFO = JSON.parse(S.INFO);
const PARAMS = JSON.parse(S.TEMPLATE_PARAMETERS);
const CODE = S.SANDBOXED_JS_FOR_WEB_TEMPLATE;

// decode turns Tag Manager's typed permission values (1 string, 2 list, 3 map, 8 boolean) into plain values.
function decode(v) {
  switch (v.type) {
    case 1: return v.string;
    case 2: return v.listItem.map(decode);
    case 3: return Object.fromEntries(v.mapKey.map((k, i) => [decode(k), decode(v.mapValue[i])]));
    case 8: return v.boolean;
    default: throw new Error('unknown permission value type ' + v.type);
  }
}
const PERMS = Object.fromEntries(JSON.parse(S.WEB_PERMISSIONS).map((p) =>
  [p.instance.key.publicId, Object.fromEntries((p.instance.param || []).map((x) => [x.key, decode(x.value)]))]));

// glob matches Tag Manager URL patterns: * is any run of characters other than "/".
const glob = (pattern, s) => new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '$').test(s);

// allowed answers what Tag Manager's queryPermission would, from the template's declared permissions.
function allowed(kind, ...args) {
  const p = PERMS[kind];
  if (!p) return false;
  switch (kind) {
    case 'access_consent': return p.consentTypes.some((c) => c.consentType === args[0] && c[args[1]] === true);
    case 'write_data_layer': return p.keyPatterns.some((k) => glob(k, args[0]));
    case 'inject_script': return p.urls.some((u) => glob(u, args[0]));
    case 'access_globals': return p.keys.some((k) => k.key === args[1] && k[args[0]] === true);
    case 'logging': return true;
    default: throw new Error('no check for permission ' + kind);
  }
}

// PURE are the helpers that touch nothing (and need no permission): left out of the recorded calls.
const PURE = new Set(['queryPermission', 'encodeUriComponent', 'makeNumber', 'makeString']);

// run executes the template's code once with data, against fakes of the sandbox APIs that record every call in
// order and refuse what the permissions do not allow. mocks replace an API's behaviour (as the ___TESTS___
// harness's mock does); window is the page's globals callInWindow reaches.
function run(data, { mocks = {}, window = {}, code = CODE } = {}) {
  const calls = [];
  const used = new Set();
  const need = (ok, what) => { if (!ok) throw new Error('permission denied: ' + what); };
  const consent = (api) => (state) => {
    for (const k of Object.keys(state)) {
      if (k === 'region') continue;
      used.add('access_consent');
      need(allowed('access_consent', k, 'write'), api + ' writes ' + k);
    }
  };
  const checks = {
    setDefaultConsentState: consent('setDefaultConsentState'),
    updateConsentState: consent('updateConsentState'),
    gtagSet: (k) => { used.add('write_data_layer'); need(allowed('write_data_layer', k), 'gtagSet ' + k); },
    injectScript: (u) => { used.add('inject_script'); need(allowed('inject_script', u), 'injectScript ' + u); },
    callInWindow: (path) => { used.add('access_globals'); need(allowed('access_globals', 'execute', path), 'callInWindow ' + path); },
    logToConsole: () => { used.add('logging'); need(PERMS.logging, 'logToConsole'); },
  };
  const real = {
    setDefaultConsentState() {}, updateConsentState() {}, gtagSet() {}, injectScript() {}, logToConsole() {},
    callInWindow: (path, ...args) => {
      const parts = path.split('.');
      const fn = parts.reduce((o, k) => (o == null ? undefined : o[k]), window);
      return typeof fn === 'function' ? fn.apply(parts.slice(0, -1).reduce((o, k) => o[k], window), args) : undefined;
    },
    queryPermission: (kind, ...args) => allowed(kind, ...args),
    encodeUriComponent: encodeURIComponent,
    makeNumber: (v) => Number(v),
    makeString: (v) => String(v),
  };
  const require = (name) => {
    if (!(name in real)) throw new Error('template requires ' + name + ', which the fake sandbox does not know');
    return (...args) => {
      if (!PURE.has(name)) calls.push([name, args]);
      checks[name]?.(...args);
      const m = mocks[name];
      if (m !== undefined) return typeof m === 'function' ? m(...args) : m;
      return real[name](...args);
    };
  };
  const d = { ...data, gtmOnSuccess: () => calls.push(['gtmOnSuccess', []]), gtmOnFailure: () => calls.push(['gtmOnFailure', []]) };
  new Function('require', 'data', '"use strict";\n' + code)(require, d);
  return { calls, used, names: () => calls.map((c) => c[0]) };
}

const DATA = {
  endpoint: 'https://consent.example', site: 'shop.example', waitForUpdate: '500', adsDataRedaction: true,
  urlPassthrough: true, regionDefaults: [], purposeMap: [],
  ...Object.fromEntries(TYPES.map((t) => ['default_' + t, t === 'analytics_storage' ? 'granted' : 'denied'])),
};

// page is a fake window.Assent as the site loader defines it: get() and on('change').
function page(state = { decided: false, purposes: {} }) {
  const listeners = [];
  return {
    listeners,
    Assent: { get: () => state, on: (ev, fn) => { assert.equal(ev, 'change'); listeners.push(fn); } },
  };
}
const injectOK = (url, ok) => ok();

test('a first visit: the Consent Mode defaults (EEA, UK, CH denied; elsewhere as set) come before the loader is injected, then the template listens for choices', () => {
  const window = page();
  const r = run(DATA, { window, mocks: { injectScript: injectOK } });
  assert.deepEqual(r.names(), ['setDefaultConsentState', 'setDefaultConsentState', 'gtagSet', 'gtagSet',
    'injectScript', 'callInWindow', 'callInWindow', 'gtmOnSuccess']);
  const [[, [strict]], [, [rest]]] = r.calls;
  assert.equal(strict.region.length, 32);
  for (const t of TYPES) assert.equal(strict[t], 'denied', t);
  assert.equal(strict.security_storage, 'granted');
  assert.equal(strict.wait_for_update, 500);
  assert.equal(rest.region, undefined, 'the last default is for everywhere else');
  assert.equal(rest.analytics_storage, 'granted');
  assert.equal(rest.ad_storage, 'denied');
  assert.deepEqual(r.calls.filter((c) => c[0] === 'gtagSet').map((c) => c[1]), [['ads_data_redaction', true], ['url_passthrough', true]]);
  assert.deepEqual(r.calls.find((c) => c[0] === 'injectScript')[1][0], 'https://consent.example/v1/sites/shop.example/assent.js');
  assert.equal(r.names().includes('updateConsentState'), false, 'no choice yet: no update');
  assert.equal(window.listeners.length, 1);

  // The visitor rejects everything, then accepts analytics: one update each, in order.
  window.listeners[0]({ decided: true, purposes: { necessary: true, analytics: false, marketing: false } });
  window.listeners[0]({ decided: true, purposes: { necessary: true, analytics: true, marketing: false } });
  const updates = r.calls.filter((c) => c[0] === 'updateConsentState').map((c) => c[1][0]);
  assert.equal(updates.length, 2);
  for (const t of TYPES) assert.equal(updates[0][t], 'denied', t);
  assert.deepEqual(TYPES.filter((t) => updates[1][t] === 'granted'), ['analytics_storage']);
});

test('a returning visitor: the stored choice is sent with updateConsentState as soon as the loader is there', () => {
  const window = page({ decided: true, purposes: { necessary: true, analytics: true, marketing: true, preferences: false } });
  const r = run(DATA, { window, mocks: { injectScript: injectOK } });
  const names = r.names();
  assert.ok(names.indexOf('updateConsentState') > names.indexOf('injectScript'));
  assert.ok(names.lastIndexOf('setDefaultConsentState') < names.indexOf('injectScript'));
  const u = r.calls.find((c) => c[0] === 'updateConsentState')[1][0];
  assert.deepEqual(TYPES.filter((t) => u[t] === 'granted'), ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']);
});

test('bad parameters and a loader that cannot be fetched: the defaults are still set, the tag fails, nothing else runs', () => {
  for (const bad of [{ endpoint: 'http://consent.example' }, { endpoint: 'https://' }, { site: '' }, { endpoint: '' }]) {
    const r = run({ ...DATA, ...bad }, { window: page(), mocks: { injectScript: injectOK } });
    assert.equal(r.names().filter((n) => n === 'setDefaultConsentState').length, 2, JSON.stringify(bad));
    assert.equal(r.names().includes('injectScript'), false, JSON.stringify(bad));
    assert.equal(r.names().at(-1), 'gtmOnFailure', JSON.stringify(bad));
  }
  const r = run(DATA, { window: page(), mocks: { injectScript: (u, ok, fail) => fail() } });
  assert.equal(r.names().at(-1), 'gtmOnFailure');
  assert.equal(r.names().includes('callInWindow'), false);
});

test('the declared permissions cover every call the template makes, and each is used', () => {
  const used = new Set();
  const window = page({ decided: true, purposes: { analytics: true } });
  for (const d of [DATA, { ...DATA, regionDefaults: [{ region: 'DE', ad_storage: 'granted' }] }, { ...DATA, site: '' }]) {
    const r = run(d, { window, mocks: { injectScript: injectOK } });
    r.used.forEach((u) => used.add(u));
  }
  window.listeners.forEach((fn) => fn({ decided: true, purposes: { marketing: true } }));
  assert.deepEqual([...used].sort(), Object.keys(PERMS).sort());
  // The fake refuses what the permissions do not allow: the checks can fail.
  assert.throws(() => run({ ...DATA, endpoint: 'https://consent.example/sub' }, { mocks: { queryPermission: true } }), /permission denied: injectScript/);
  // Every API the code requires is one the fake knows (and so checks).
  const required = [...CODE.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]);
  assert.ok(required.length >= 8, required.join());
});

test('every data field the code reads is a template parameter', () => {
  const names = new Set();
  (function walk(ps) {
    for (const p of ps) {
      names.add(p.name);
      if (p.subParams) walk(p.subParams);
    }
  })(PARAMS);
  const read = new Set([...CODE.matchAll(/data\.(\w+)/g)].map((m) => m[1]).filter((n) => !n.startsWith('gtmOn')));
  TYPES.forEach((t) => read.add('default_' + t)); // data['default_' + t]
  for (const n of read) assert.ok(names.has(n), 'data.' + n + ' is not a parameter');
  const table = PARAMS.flatMap((p) => p.subParams || []).find((p) => p.name === 'regionDefaults');
  assert.deepEqual(table.paramTableColumns.map((c) => c.param.name), ['region', ...TYPES]);
  assert.equal(INFO.type, 'TAG');
  assert.deepEqual(INFO.containerContexts, ['WEB']);
  assert.ok(INFO.displayName && INFO.description && INFO.brand?.displayName);
  assert.ok(S.TERMS_OF_SERVICE.includes('https://developers.google.com/tag-manager/gallery-tos'));
});

test('the regions denied by default are the 32 countries Assent\'s rules cover (EU 27, IS, LI, NO, GB, CH)', () => {
  const go = readFileSync(new URL('rules/law_countries.go', root), 'utf8');
  const countries = [...go.matchAll(/\{"([A-Z]{2})", "[^"]+", &law/g)].map((m) => m[1]);
  assert.equal(countries.length, 32);
  const r = run(DATA, { window: page() });
  assert.deepEqual([...r.calls[0][1][0].region].sort(), countries.sort());
  // A row naming one of them keeps it denied (it is dropped from the row); other regions keep theirs.
  const r2 = run({ ...DATA, regionDefaults: [{ region: 'US-CA, de, FR-75', analytics_storage: 'granted' }] }, { window: page() });
  const defaults = r2.calls.filter((c) => c[0] === 'setDefaultConsentState').map((c) => c[1][0]);
  assert.equal(defaults.length, 3);
  const row = defaults[1];
  assert.deepEqual(row.region, ['US-CA']);
  assert.ok(r2.calls.some((c) => c[0] === 'logToConsole' && /DE keeps the denied default/.test(c[1][0])));
  assert.equal(row.analytics_storage, 'granted');
});

// The ___TESTS___ harness: Tag Manager's runCode, mock, assertApi and assertThat over the fake sandbox, for the
// template's code or another version of it.
function scenarios(code) {
  const tests = YAML.parse(S.TESTS);
  return tests.scenarios.map((sc) => [sc.name, () => {
    const mocks = {};
    let last = null;
    const calls = () => (last ? last.calls : []);
    const deep = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } };
    const api = {
      runCode: (data) => { last = run(data, { mocks, code }); },
      mock: (name, impl) => { mocks[name] = impl; },
      assertApi: (name) => ({
        wasCalled: () => assert.ok(calls().some((c) => c[0] === name), name + ' was not called'),
        wasNotCalled: () => assert.ok(!calls().some((c) => c[0] === name), name + ' was called'),
        wasCalledWith: (...args) => assert.ok(calls().some((c) => c[0] === name && deep(c[1].slice(0, args.length), args)),
          name + ' was not called with ' + JSON.stringify(args) + '; calls: ' + JSON.stringify(calls().filter((c) => c[0] === name).map((c) => c[1]))),
      }),
      assertThat: (v) => ({ isEqualTo: (x) => assert.deepStrictEqual(v, x), isTrue: () => assert.equal(v, true) }),
    };
    new Function(...Object.keys(api), (tests.setup || '') + '\n' + sc.code)(...Object.values(api));
  }]);
}

test('the template\'s own ___TESTS___ scenarios pass', () => {
  const all = scenarios(CODE);
  assert.ok(all.length >= 5);
  for (const [name, fn] of all) {
    try { fn(); } catch (e) { throw new Error(name + ': ' + e.message); }
  }
  // They can fail: a template that forgets Germany, or updates nothing, fails some of them.
  for (const broken of [CODE.replace("'DE', ", ''), CODE.replace('updateConsentState(out);', '')]) {
    assert.notEqual(broken, CODE);
    assert.ok(scenarios(broken).some(([, fn]) => { try { fn(); return false; } catch { return true; } }));
  }
});

test('gtm/metadata.yaml is what the Community Template Gallery reads: homepage, documentation, versions (a commit sha and change notes each)', () => {
  const meta = YAML.parse(readFileSync(new URL('gtm/metadata.yaml', root), 'utf8'));
  assert.deepEqual(Object.keys(meta).sort(), ['documentation', 'homepage', 'versions']);
  assert.match(meta.homepage, /^https:\/\//);
  assert.match(meta.documentation, /^https:\/\//);
  assert.ok(Array.isArray(meta.versions) && meta.versions.length > 0);
  for (const v of meta.versions) {
    assert.deepEqual(Object.keys(v).sort(), ['changeNotes', 'sha']);
    assert.match(v.sha, /^[0-9a-f]{40}$/);
    assert.ok(typeof v.changeNotes === 'string' && v.changeNotes.trim().length > 0);
  }
  assert.equal(new Set(meta.versions.map((v) => v.sha)).size, meta.versions.length, 'each version once');
});

// In Chromium with the real site loader: the template's code runs in the page through a bridge that stands in
// for Tag Manager (injectScript inserts the script, callInWindow calls into the page, the consent calls are
// recorded). The endpoint the template is given, https://consent.example, is answered by `assent serve`.
test('in Chromium with the real site loader: defaults, then the banner; Reject and Accept become updateConsentState calls; a returning visitor\'s choice is sent at once', async () => {
  const ENDPOINT = 'https://consent.example';
  const bridge = `<script>
window.gtmCalls = [];
(function () {
  var rec = function (name) { return function () { gtmCalls.push([name, JSON.parse(JSON.stringify([].slice.call(arguments)))]); }; };
  var apis = {
    setDefaultConsentState: rec('setDefaultConsentState'), updateConsentState: rec('updateConsentState'),
    gtagSet: rec('gtagSet'), logToConsole: rec('logToConsole'),
    injectScript: function (url, ok, fail) {
      gtmCalls.push(['injectScript', [url]]);
      var s = document.createElement('script'); s.src = url; s.onload = ok; s.onerror = fail; document.head.appendChild(s);
    },
    callInWindow: function (path) {
      gtmCalls.push(['callInWindow', [path]]);
      var parts = path.split('.'), self = window[parts[0]];
      return self[parts[1]].apply(self, [].slice.call(arguments, 1));
    },
    queryPermission: function () { return true; }, encodeUriComponent: encodeURIComponent,
    makeNumber: Number, makeString: String
  };
  var data = ${JSON.stringify({ ...DATA, endpoint: ENDPOINT, site: 'demo.assent.test' })};
  data.gtmOnSuccess = function () { gtmCalls.push(['gtmOnSuccess', []]); };
  data.gtmOnFailure = function () { gtmCalls.push(['gtmOnFailure', []]); };
  new Function('require', 'data', ${JSON.stringify(CODE)})(function (n) { return apis[n]; }, data);
})();
</script>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${bridge}</head><body><h1>Shop</h1></body></html>`;
  let closing = false; // the engine's wasm may still be in flight when the test closes the page
  const browser = await launchCross();
  try {
    const { context, page } = await sitePage(browser, { '/': html }, null);
    await context.route(ENDPOINT + '/**', async (route) => {
      const u = new URL(route.request().url());
      try {
        await route.fulfill({ response: await route.fetch({ url: BASE + u.pathname + u.search }) });
      } catch (e) {
        if (!closing) throw e;
      }
    });
    const calls = () => page.evaluate(() => gtmCalls);
    const updates = async () => (await calls()).filter((c) => c[0] === 'updateConsentState').map((c) => c[1][0]);
    const granted = (u) => TYPES.filter((t) => u[t] === 'granted');
    await page.goto(SHOP + '/');
    await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
    assert.deepEqual((await calls()).map((c) => c[0]), ['setDefaultConsentState', 'setDefaultConsentState', 'gtagSet',
      'gtagSet', 'injectScript', 'callInWindow', 'callInWindow', 'gtmOnSuccess']);
    assert.equal((await calls())[4][1][0], ENDPOINT + '/v1/sites/demo.assent.test/assent.js');

    await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
    await page.waitForFunction(() => gtmCalls.some((c) => c[0] === 'updateConsentState'), null, { timeout: 10000 });
    assert.deepEqual((await updates()).map(granted), [[]], 'Reject: everything denied');
    await page.evaluate(() => Assent.acceptAll());
    await page.waitForFunction(() => gtmCalls.filter((c) => c[0] === 'updateConsentState').length === 2, null, { timeout: 10000 });
    assert.deepEqual(granted((await updates())[1]), ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']);
    // The dataLayer events the README's Tag Manager recipe triggers on.
    const events = await page.evaluate(() => dataLayer.filter((e) => e && e.event).map((e) => [e.event, e.assent.purposes.analytics]));
    assert.deepEqual(events, [['assent_consent_update', false], ['assent_consent_update', true]]);

    await page.reload();
    await page.waitForFunction(() => gtmCalls.some((c) => c[0] === 'gtmOnSuccess'), null, { timeout: 10000 });
    const names = (await calls()).map((c) => c[0]);
    assert.deepEqual(names.slice(5, 8), ['callInWindow', 'updateConsentState', 'callInWindow'], names.join());
    assert.deepEqual(granted((await updates())[0]), ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage']);
    assert.deepEqual(await page.evaluate(() => dataLayer.filter((e) => e && e.event).map((e) => [e.event, e.assent.purposes.analytics])),
      [['assent_consent_ready', true]], 'a returning visitor: the ready event');
    assert.deepEqual(page.logs.filter((l) => l.startsWith('pageerror')), []);
    closing = true;
    await context.close();
  } finally {
    closing = true;
    await browser.close();
  }
});
