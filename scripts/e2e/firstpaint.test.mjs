// Paint first, prove right after: the site loader (GET /v1/sites/{site}/assent.js) paints the banner before the
// engine is fetched, and a choice made before the engine is there applies at once and still ends as exactly
// one record in the ledger: on this page, on the next one, after being offline, and from two tabs at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, BANNER, PREFS, waitSynced } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SITE = 'demo.assent.test';
const treeSize = async () => {
  const head = await (await fetch(BASE + '/v1/log/' + SITE + '/head')).text();
  return Number(head.split('\n')[1]);
};
const pendingKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':pending:')));
const consentUpdates = (page) => page.evaluate(() => dataLayer
  .filter((a) => a && a[0] === 'consent' && a[1] === 'update').map((a) => a[2]));

// holdEngine keeps the engine's wasm from arriving until release() (or, with abort, fails it).
async function holdEngine(page, { abort = false } = {}) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  const seen = [];
  await page.route('**/*.wasm', async (route) => {
    seen.push(route.request().url());
    if (abort) return route.abort();
    await gate;
    await route.continue();
  });
  return { release, seen };
}

// The record ids of this browser's proofs, once all are synced, checked against the endpoint one by one.
async function ledgerHas(page, n) {
  const recs = await waitSynced(page, n);
  for (const r of recs) {
    const res = await fetch(BASE + '/v1/records/' + r.record.id + '?site=' + SITE);
    assert.equal(res.status, 200, 'record ' + r.record.id + ' not in the ledger');
  }
  return recs;
}

test('first paint: the banner is on screen before the engine is fetched, from under 20 KB', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => {
    const f = window.fetch;
    window.fetch = function (u) { if (/\.wasm$/.test(String(u && u.url || u))) window.__wasmAt ??= performance.now(); return f.apply(this, arguments); };
    (function poll() {
      const r = document.getElementById('assent-root');
      const b = r && r.shadowRoot && r.shadowRoot.querySelector('[data-assent="banner"]');
      if (b && b.getBoundingClientRect().height > 0) { window.__bannerAt = performance.now(); return; }
      requestAnimationFrame(poll);
    })();
  });
  const held = await holdEngine(page);
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForFunction(() => window.__bannerAt !== undefined);
  const { bannerAt, wasmAt } = await page.evaluate(() => ({ bannerAt: window.__bannerAt, wasmAt: window.__wasmAt }));
  assert.ok(wasmAt === undefined || wasmAt > bannerAt, `the engine was requested (${wasmAt} ms) before the banner was visible (${bannerAt} ms)`);
  // The banner is the one the Go view code renders: equal accept and reject, three buttons.
  const actions = await page.locator(BANNER + ' button[data-assent-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-assent-action')));
  assert.deepEqual(actions, ['reject-all', 'accept-all', 'preferences']);
  const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /assent/.test(e.name)).reduce((n, e) => n + e.encodedBodySize, 0));
  assert.ok(bytes > 0 && bytes <= 20 * 1024, 'bytes before the banner: ' + bytes);
  // Focus is in the banner, as with the engine.
  const focused = await page.evaluate(() => document.getElementById('assent-root').shadowRoot.activeElement?.getAttribute('data-assent-action'));
  assert.equal(focused, 'reject-all');
  held.release();
  await context.close();
});

test('a click before the engine is there applies at once, is kept, and is sealed into one record when it comes', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const held = await holdEngine(page);
  const size0 = await treeSize();
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  // Applied at once: the banner is gone, gated scripts ran, Consent Mode granted, the choice is pending.
  await page.waitForFunction(() => window.demoAnalytics === 1 && window.demoAds === 1);
  assert.equal(await page.locator(BANNER).count(), 0);
  assert.equal((await consentUpdates(page)).at(-1).analytics_storage, 'granted');
  assert.equal((await pendingKeys(page)).length, 1);
  const id = await page.evaluate(() => Assent.get().record_id);
  held.release();
  const [rec] = await ledgerHas(page, 1);
  assert.equal(rec.record.id, id, 'the record is the one the click promised');
  assert.equal(rec.record.action, 'accept_all');
  assert.equal(rec.record.ui.layer, 1);
  assert.ok(rec.record.ui.accept.width > 0 && rec.record.ui.accept.height >= 44, 'the click was measured: ' + JSON.stringify(rec.record.ui));
  assert.ok(Math.abs(rec.record.ui.accept.width - rec.record.ui.reject.width) < 0.5, 'accept and reject differ in width');
  assert.equal(rec.record.language, 'en');
  assert.deepEqual(await pendingKeys(page), []);
  assert.equal(await treeSize(), size0 + 1, 'exactly one entry in the log');
  await context.close();
});

test('engine ready before the click: the same layer, adopted, and one record', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const size0 = await treeSize();
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await page.evaluate(() => { document.getElementById('assent-root').shadowRoot.querySelector('[data-assent="banner"]').__painted = true; });
  await page.evaluate(() => Assent.ready);
  // The engine would paint the same banner, so the painted one stays (no flash, focus kept).
  assert.equal(await page.evaluate(() => document.getElementById('assent-root').shadowRoot.querySelector('[data-assent="banner"]').__painted), true);
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  const [rec] = await ledgerHas(page, 1);
  assert.equal(rec.record.action, 'reject_all');
  assert.equal(await treeSize(), size0 + 1);
  await context.close();
});

test('a choice saved in the preferences before the engine is there is sealed with the visitor\'s picks', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const held = await holdEngine(page);
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  assert.equal(await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').isChecked(), false, 'pre-ticked');
  await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').check();
  await page.locator(PREFS + ' [data-assent-action="save"]').click();
  await page.waitForFunction(() => window.demoAnalytics === 1);
  assert.equal(await page.evaluate(() => window.demoAds), undefined, 'marketing ran without consent');
  held.release();
  const [rec] = await waitSynced(page, 1);
  assert.equal(rec.record.action, 'save');
  assert.deepEqual(rec.record.purposes, { necessary: true, analytics: true, marketing: false, media: false });
  await context.close();
});

test('click, then leave within 50 ms: the next page seals the choice, once', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await holdEngine(page, { abort: true });
  const size0 = await treeSize();
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  const t0 = Date.now();
  await page.evaluate(() => {
    document.getElementById('assent-root').shadowRoot.querySelector('[data-assent-action="reject-all"]').click();
    setTimeout(() => { location.href = '/privacy.html'; }, 10);
  });
  await page.waitForURL('**/privacy.html');
  assert.ok(Date.now() - t0 < 5000);
  await page.unroute('**/*.wasm');
  // The returning visit applies the choice without the banner and brings the engine in to seal it.
  assert.equal(await page.locator(BANNER).count(), 0);
  const [rec] = await ledgerHas(page, 1);
  assert.equal(rec.record.action, 'reject_all');
  assert.deepEqual(await pendingKeys(page), []);
  assert.equal(await treeSize(), size0 + 1, 'exactly one entry in the log');
  await context.close();
});

test('click while offline: applied at once, sealed and logged once when the network is back', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const held = await holdEngine(page);
  const size0 = await treeSize();
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await context.setOffline(true);
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => window.demoAnalytics === 1);
  await page.waitForTimeout(300);
  assert.equal((await pendingKeys(page)).length, 1, 'the choice is kept until it is sealed');
  await context.setOffline(false);
  held.release();
  const [rec] = await ledgerHas(page, 1);
  assert.equal(rec.record.action, 'accept_all');
  assert.equal(await treeSize(), size0 + 1);
  await context.close();
});

test('two tabs click before the engine: two records, one chain, each logged once', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const size0 = await treeSize();
  const a = await context.newPage(), b = await context.newPage();
  const ha = await holdEngine(a), hb = await holdEngine(b);
  await a.goto(BASE + '/');
  await b.goto(BASE + '/');
  await a.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await b.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  hb.release();
  ha.release();
  const recs = await ledgerHas(a, 2);
  assert.deepEqual(recs.map((r) => r.record.action).sort(), ['accept_all', 'reject_all']);
  assert.equal(recs[1].record.prev, recs[0].record.hash, 'the chain forked');
  assert.equal(recs[0].record.subject, recs[1].record.subject);
  await ledgerHas(b, 2);
  assert.equal(await treeSize(), size0 + 2, 'exactly two entries in the log');
  await context.close();
});

test('the loader\'s language and region matching agree with the Go functions', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/privacy.html');
  const cases = (await import('node:fs')).readFileSync(new URL('../../widget/testdata/langmatch.json', import.meta.url), 'utf8');
  const bad = await page.evaluate((cases) => {
    const out = [];
    for (const c of JSON.parse(cases)) {
      const got = c.fn === 'match' ? Assent._.match(c.configured, c.html, c.nav, c.tags) : Assent._.region(c.tag);
      if (got !== c.want) out.push({ ...c, got });
    }
    return out;
  }, cases);
  assert.deepEqual(bad, []);
  await context.close();
});
