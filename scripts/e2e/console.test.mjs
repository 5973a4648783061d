// The site owner's console (site/console.html): visitors make choices through the real widget (their records
// reach the ledger through POST /v1/records, signed by each browser's subject key); the dashboard, read in
// Chromium before and after, moves by exactly what the test counts from those records itself; the proof
// lookup finds a visitor's chain, verifies every receipt in the page, and its download passes `assent verify`.
// Nothing of it answers without the site's key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, launch, newPage, BANNER, PREFS, waitSynced } from './lib.mjs';

const SITE = 'demo.assent.test';
const KEY = process.env.ASSENT_SITE_KEY || process.env.ASSENT_EXPORT_KEY;
const SHOTS = process.env.ASSENT_SCREENSHOTS; // a directory: the README's screenshots are saved there

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// outcome classifies a record as the dashboard documents it (computed here from the record alone).
function outcome(rec) {
  const vals = Object.entries(rec.purposes);
  switch (rec.action) {
    case 'accept_all': return 'accept';
    case 'reject_all': return 'reject';
    case 'withdraw': return 'withdraw';
    case 'save':
      if (vals.every(([, v]) => v)) return 'accept';
      return vals.every(([k, v]) => v === (k === 'necessary')) ? 'reject' : 'partial';
    default: return 'other';
  }
}
function layer(rec) {
  if (!rec.ui) return 'none';
  if (rec.ui.surface === 'preferences' && rec.ui.first_layer) return 'preferences_after_banner';
  return rec.ui.surface || (rec.ui.layer === 1 ? 'banner' : 'preferences');
}

// visitor opens the demo shop as a first-time visitor from a country, lets act choose, and returns the
// records the browser made once the ledger has given each its receipt.
async function visitor({ locale, country, gpc = false }, act, n) {
  const headers = { 'X-Assent-Country': country };
  if (gpc) headers['Sec-GPC'] = '1';
  const { context, page } = await newPage(browser, { locale, extraHTTPHeaders: headers });
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(BASE + '/');
  await page.evaluate(() => Assent.ready);
  await act(page);
  const recs = await waitSynced(page, n);
  await context.close();
  return recs.map((r) => r.record);
}

// readDashboard loads the dashboard for today and reads its figures off the page.
async function readDashboard(page) {
  await page.locator('#load').click();
  await page.locator('#dash').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('#table-gpc table'));
  return page.evaluate(() => {
    const num = (id) => Number(document.getElementById(id).textContent.replace(/\D+$/, '').replace(/[^\d]/g, ''));
    const by = {};
    for (const t of document.querySelectorAll('table[data-dim]')) {
      by[t.dataset.dim] = {};
      for (const tr of t.tBodies[0].rows) {
        const c = [...tr.cells].map((x) => x.textContent);
        by[t.dataset.dim][tr.dataset.key] = { total: +c[1], accept: +c[2], partial: +c[3], reject: +c[4], withdraw: +c[5] };
      }
    }
    return { total: num('total'), accept: num('n-accept'), partial: num('n-partial'), reject: num('n-reject'),
      withdraw: num('n-withdraw'), by, charts: document.querySelectorAll('.chart svg').length };
  });
}

test('the dashboard counts what visitors chose, and the proof lookup proves it', async () => {
  assert.ok(KEY, 'ASSENT_SITE_KEY (or ASSENT_EXPORT_KEY) must be the demo site\'s key');
  const { context, page } = await newPage(browser);
  await page.goto(BASE + '/console.html?site=' + SITE);
  await page.fill('#key', KEY);
  const beforeDash = await readDashboard(page);

  // Five visitors, four countries, every way to choose.
  const made = [];
  made.push(...await visitor({ locale: 'fr-FR', country: 'FR' }, async (p) => {
    await p.locator(BANNER + ' [data-assent-action="accept-all"]').click();
    await waitSynced(p, 1);
    await p.evaluate(() => Assent.withdraw());
  }, 2));
  made.push(...await visitor({ locale: 'de-DE', country: 'DE' }, (p) => p.locator(BANNER + ' [data-assent-action="reject-all"]').click(), 1));
  made.push(...await visitor({ locale: 'en-GB', country: 'GB' }, async (p) => {
    await p.locator(BANNER + ' [data-assent-action="preferences"]').click();
    await p.locator(`${PREFS} input[data-assent-purpose="analytics"]`).check();
    await p.locator(PREFS + ' [data-assent-action="save"]').click();
  }, 1));
  made.push(...await visitor({ locale: 'fr-FR', country: 'FR', gpc: true }, (p) => p.evaluate(() => Assent.rejectAll()), 1));
  made.push(...await visitor({ locale: 'de-DE', country: 'DE' }, (p) => p.evaluate(() => Assent.save({ analytics: true, marketing: true, media: true })), 1));
  assert.equal(made.length, 6);

  // The test's own count of those records.
  const want = { total: 0, accept: 0, partial: 0, reject: 0, withdraw: 0, by: { jurisdiction: {}, language: {}, layer: {}, gpc: {} } };
  for (const r of made) {
    const o = outcome(r);
    want.total++; want[o]++;
    for (const [dim, key] of [['jurisdiction', r.jurisdiction], ['language', r.language], ['layer', layer(r)], ['gpc', String(r.signals.gpc)]]) {
      want.by[dim][key] ??= { total: 0, accept: 0, partial: 0, reject: 0, withdraw: 0 };
      want.by[dim][key].total++; want.by[dim][key][o]++;
    }
  }
  assert.ok(want.accept && want.reject && want.partial && want.withdraw, 'the visitors made every outcome: ' + JSON.stringify(want));
  assert.equal(want.by.gpc.true?.total, 1, 'one visitor sent GPC');

  const afterDash = await readDashboard(page);
  for (const k of ['total', 'accept', 'partial', 'reject', 'withdraw']) {
    assert.equal(afterDash[k] - beforeDash[k], want[k], `dashboard ${k}: ${beforeDash[k]} -> ${afterDash[k]}`);
  }
  const zero = { total: 0, accept: 0, partial: 0, reject: 0, withdraw: 0 };
  for (const [dim, keys] of Object.entries(want.by)) {
    for (const [key, w] of Object.entries(keys)) {
      const a = afterDash.by[dim][key] || zero, b = beforeDash.by[dim]?.[key] || zero;
      for (const f of Object.keys(zero)) assert.equal(a[f] - b[f], w[f], `by ${dim} ${key}: ${f}`);
    }
  }
  assert.equal(afterDash.charts, 8, 'eight charts drawn');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'console-dashboard.png'), fullPage: true });

  // CSV download: the same figures.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^dimension,value,measure,count\n/);
  const csvTotal = csv.split('\n').filter((l) => l.startsWith('all,')).reduce((n, l) => n + Number(l.split(',')[3]), 0);
  assert.equal(csvTotal, afterDash.total, 'CSV total');

  // Proof lookup: the first visitor's chain (accept, then withdraw) by one of its record ids.
  const first = made[0];
  await page.fill('#lookup', made[1].id);
  await page.locator('#find').click();
  await page.locator('#proof').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('#proof-table tbody tr').length > 0);
  const rows = await page.$$eval('#proof-table tbody tr', (trs) => trs.map((tr) => ({ id: tr.dataset.record, cells: [...tr.cells].map((c) => c.textContent) })));
  assert.deepEqual(rows.map((r) => r.id), [first.id, made[1].id]);
  assert.deepEqual(rows.map((r) => r.cells[2]), ['accept_all', 'withdraw']);
  assert.deepEqual(rows.map((r) => r.cells[6]), ['verified', 'verified'], 'each receipt verified in the page');
  assert.equal(await page.textContent('#proof-subject'), first.subject);
  if (SHOTS) await page.locator('section[aria-labelledby="proof-h"]').screenshot({ path: join(SHOTS, 'console-proof.png') });

  // The download is what a regulator checks: `assent verify` with the log's published key.
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.locator('#bundle').click()]);
  const dir = mkdtempSync(join(tmpdir(), 'assent-console-'));
  const file = join(dir, 'proof.json');
  writeFileSync(file, readFileSync(await bundle.path()));
  const keys = await (await fetch(BASE + '/v1/keys')).json();
  const res = JSON.parse(execFileSync('bin/assent', ['verify', '--key-text', keys.current, file], { encoding: 'utf8' }));
  assert.equal(res.valid, true, JSON.stringify(res));
  assert.equal(res.records, 2);
  assert.equal(res.chain_linked, true);
  // The same bundle with the withdrawal turned into a grant fails.
  writeFileSync(file, readFileSync(file, 'utf8').replace('"action":"withdraw"', '"action":"accept_all"'));
  let code = 0;
  try { execFileSync('bin/assent', ['verify', '--key-text', keys.current, file], { stdio: 'pipe' }); } catch (e) { code = e.status; }
  assert.equal(code, 1, 'a forged bundle is invalid');
  await context.close();
});

test('without the site\'s key the console reads nothing', async () => {
  const paths = ['/v1/log/' + SITE + '/stats', '/v1/log/' + SITE + '/stats.csv', '/v1/log/' + SITE + '/chain?subject=x'];
  for (const path of paths) {
    const none = await fetch(BASE + path);
    assert.equal(none.status, 401, path + ' without a key');
    assert.equal((await none.json()).error, 'unauthorized');
    const wrong = await fetch(BASE + path, { headers: { Authorization: 'Bearer not-' + KEY } });
    assert.equal(wrong.status, 401, path + ' with a wrong key');
    // From another origin, the browser is refused before the key is even looked at.
    const cross = await fetch(BASE + path, { headers: { Authorization: 'Bearer ' + KEY, Origin: 'https://evil.example' } });
    assert.equal(cross.status, 403, path + ' from another origin');
  }
  // The page shows the refusal and no figure.
  const { context, page } = await newPage(browser);
  await page.goto(BASE + '/console.html?site=' + SITE);
  await page.fill('#key', 'not-the-key');
  await page.locator('#load').click();
  await page.locator('#dash-error').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#dash-error'), /^401 unauthorized/);
  assert.equal(await page.locator('#dash').isHidden(), true);
  await page.fill('#lookup', 'x');
  await page.locator('#find').click();
  await page.locator('#proof-error').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#proof-error'), /^401/);
  await context.close();
});
