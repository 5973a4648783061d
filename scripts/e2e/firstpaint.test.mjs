// Paint first, prove right after: the site loader (GET /v1/sites/{site}/assent.js) paints the banner before the
// engine is fetched, and a choice made before the engine is there applies at once and still ends as exactly
// one record in the ledger: on this page, on the next one, after being offline, and from two tabs at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BASE, launch, newPage, BANNER, PREFS, waitSynced, ledgerRecord, readmeSnippet } from './lib.mjs';

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
    const res = await ledgerRecord(r.record.id, SITE);
    assert.equal(res.status, 200, 'record ' + r.record.id + ' not in the ledger');
    assert.deepEqual((await res.json()).record, r.record, 'the ledger holds the record as the browser sealed it');
    assert.equal(r.record.v, 2, 'a self-certifying (v2) record');
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
  // Applied at once: the gated scripts are released (offline, their files cannot load: the demo's are external).
  await page.waitForFunction(() => Assent.get().purposes.analytics === true &&
    !document.querySelector('script[type="text/plain"][data-assent-purpose]'));
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

// A site loader decided as of one date, an engine deciding as of another: the UK's DUAA exempts analytics that
// meet the statistics conditions from 5 Feb 2026 (PECR Sch A1, inserted by DUAA 2025 s.112, Sch 12), so a GB
// visitor of a site with only such analytics is asked before that date and not after. The engine decides again
// with the browser's clock and the layer follows it.

function exemptAnalyticsLoader(date) {
  const cfg = JSON.parse(readFileSync(new URL('../../site/assent.json', import.meta.url), 'utf8'));
  cfg.purposes = cfg.purposes.filter((p) => p.id === 'necessary' || p.id === 'analytics');
  cfg.purposes.find((p) => p.id === 'analytics').analytics_exemption = true;
  const dir = mkdtempSync(tmpdir() + '/assent-clock-');
  writeFileSync(dir + '/assent.json', JSON.stringify(cfg));
  const args = ['loader', '--config', dir + '/assent.json', '--dist', new URL('../../dist', import.meta.url).pathname];
  if (date) args.push('--date', date);
  return execFileSync(new URL('../../bin/assent', import.meta.url).pathname, args);
}

test('a decision that changes on a date: the engine decides with its clock and the banner follows (GB, 5 Feb 2026)', async () => {
  // Painted as of 4 Feb 2026: consent needed, banner. The engine, on 1 Dec 2026: exempt, so the analytics apply,
  // and the first layer stays as the notice the exemption still requires (information and a way to object).
  const before = exemptAnalyticsLoader('2026-02-04');
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.route('**/v1/sites/demo.assent.test/assent.js', (r) => r.fulfill({ body: before, contentType: 'text/javascript' }));
  const held = await holdEngine(page);
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  held.release();
  await page.evaluate(() => Assent.ready);
  await page.waitForFunction(() => Assent.get().purposes.analytics === true);
  assert.deepEqual(await page.evaluate(() => Assent.get().purposes), { necessary: true, analytics: true });
  assert.equal(await page.locator(BANNER).count(), 1, 'the notice of the exemption with duties');
  assert.equal((await page.evaluate(() => Assent.records())).length, 0, 'nothing was chosen, nothing is recorded');
  await context.close();

  // Painted as of today (exempt: analytics on, the notice shown), the browser's clock on 15 Jan 2026: consent needed.
  const today = exemptAnalyticsLoader('');
  const v2 = await newPage(browser, { locale: 'en-GB' });
  await v2.page.clock.setFixedTime(new Date('2026-01-15T10:00:00Z'));
  await v2.page.route('**/v1/sites/demo.assent.test/assent.js', (r) => r.fulfill({ body: today, contentType: 'text/javascript' }));
  const held2 = await holdEngine(v2.page);
  await v2.page.goto(BASE + '/');
  await v2.page.waitForFunction(() => Assent.get().decided);
  assert.equal(await v2.page.evaluate(() => Assent.has('analytics')), true, 'exempt: applied before the engine');
  held2.release();
  await v2.page.evaluate(() => Assent.ready);
  await v2.page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await v2.page.evaluate(() => Assent.has('analytics')), false, 'analytics stay on while consent is needed');
  const cm = await v2.page.evaluate(() => dataLayer.filter((a) => a[0] === 'consent' && a[1] === 'update').map((a) => a[2].analytics_storage));
  assert.equal(cm.at(-1), 'denied');
  await v2.context.close();
});

test('the README\'s install on a page of another origin: painted first, a click before the engine, one record', async () => {
  const other = BASE.replace('127.0.0.1', 'localhost'); // another origin, registered for the demo site
  const snippet = readmeSnippet(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'), BASE, SITE);
  const { context, page } = await newPage(browser, { locale: 'fr-FR' });
  await page.route(other + '/xo.html', (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="fr"><head>
${snippet}</head><body><h1>Boutique</h1><script type="text/plain" data-assent-purpose="analytics">window.ran = 1</script></body></html>` }));
  const held = await holdEngine(page);
  const size0 = await treeSize();
  await page.goto(other + '/xo.html');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await page.locator(BANNER + ' [data-assent-action="accept-all"]').textContent(), 'Tout accepter');
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => window.ran === 1);
  held.release();
  const [rec] = await ledgerHas(page, 1);
  assert.equal(rec.record.language, 'fr');
  assert.equal(await treeSize(), size0 + 1);
  assert.deepEqual(page.logs.filter((l) => /^error|pageerror/.test(l)), []);
  await context.close();
});

test('GPC: the first paint already carries the note that the signal is honoured, on both layers', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const held = await holdEngine(page);
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-notice="gpc"]').waitFor({ state: 'visible', timeout: 15000 });
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS + ' [data-assent-notice="gpc"]').waitFor({ state: 'visible' });
  held.release(); // the engine was held back all along: both layers came from the paint data
  await context.close();
});
