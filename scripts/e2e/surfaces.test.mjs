// Every path a visitor takes ends in a proof: a choice made on each surface (banner, preferences after the
// banner and reopened, placeholder, data-assent-open, the reopen control, the JS API, a marketing form), on a
// first and on a returning visit, is stored, logged by the endpoint (GET /v1/records/{id}) and verified. Driven
// through the contract's DOM hooks and window.Assent only. A record the endpoint refuses is reported, not kept
// silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, BANNER, PREFS, waitSynced } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const records = (page) => page.evaluate(() => Assent.records());
const count = async (page) => (await records(page)).length;
// ledgerRecord asks the endpoint for a logged record (with the site's key when the run sets one: the
// endpoint scopes records by site).
const ledgerRecord = (id) => fetch(`${BASE}/v1/records/${id}`, {
  headers: process.env.ASSENT_EXPORT_KEY ? { Authorization: 'Bearer ' + process.env.ASSENT_EXPORT_KEY } : {}
});
async function waitCount(page, n) {
  for (let i = 0; i < 150 && await count(page) < n; i++) await page.waitForTimeout(100);
  assert.equal(await count(page), n, 'records stored');
}

test('every surface, first and returning visit: each record is stored, logged and verified', async () => {
  // en-US: a country outside the rules, read as the strictest (German) rules and recorded as EU.
  const { context, page } = await newPage(browser, { locale: 'en-US' });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });

  // First visit: Customise from the banner, tick analytics, Save.
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  await page.locator(`${PREFS} input[data-assent-purpose="analytics"]`).check();
  await page.locator(PREFS + ' [data-assent-action="save"]').click();
  await waitCount(page, 1);
  // The placeholder of the blocked video: allow and load in place.
  await page.locator('[data-assent-placeholder="media"] [data-assent-action="allow-purpose"]').click();
  await waitCount(page, 2);
  // The newsletter form: a control is drawn for a visitor outside the rules' countries too.
  const box = page.locator('[data-assent-form="newsletter"] input[type=checkbox]');
  await box.waitFor({ timeout: 15000 });
  assert.equal(await box.getAttribute('value'), 'opt_in');
  await page.fill('input[name=email]', 'reader@example.com');
  await box.check();
  await Promise.all([page.waitForURL(/thanks\.html/), page.locator('#signup button[type=submit]').click()]);

  // Returning visit: data-assent-open, then the reopen control, then the JS API, then the banner again.
  await page.goto(BASE + '/');
  await page.locator('[data-assent-open]').first().click();
  await page.locator(PREFS).waitFor({ state: 'visible', timeout: 15000 });
  await page.locator(PREFS + ' [data-assent-action="reject-all"]').click();
  await waitCount(page, 4);
  await page.locator(PREFS).waitFor({ state: 'detached' });
  await page.locator('[data-assent="reopen"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  await page.locator(PREFS + ' [data-assent-action="accept-all"]').click();
  await waitCount(page, 5);
  await page.evaluate(() => Assent.save({ analytics: false }));
  await page.evaluate(() => Assent.withdraw());
  await page.evaluate(() => Assent.show());
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await waitCount(page, 8);

  const recs = await waitSynced(page, 8, 45000);
  const made = recs.map((x) => x.record.action + (x.record.ui ? '@' + x.record.ui.layer : '@api'));
  assert.deepEqual(made, ['save@2', 'save@0', 'marketing_opt_in@0', 'reject_all@2', 'accept_all@2',
    'save@api', 'withdraw@api', 'accept_all@1'], 'where each choice was made');
  assert.deepEqual(recs.map((x) => x.record.ui?.surface || 'api'), ['preferences', 'placeholder', 'form', 'preferences',
    'preferences', 'api', 'api', 'banner']);
  // The preferences after the banner carry the banner as shown; those opened on a returning visit do not.
  assert.ok(recs[0].record.ui.first_layer?.reject.width > 0, JSON.stringify(recs[0].record.ui));
  assert.equal(recs[3].record.ui.first_layer, undefined);
  for (const [i, x] of recs.entries()) {
    assert.equal(x.verified, true, `record ${i} (${made[i]}): receipt verified`);
    assert.equal(x.error, undefined, `record ${i} (${made[i]}) refused: ${x.error}`);
    assert.equal(x.record.jurisdiction, 'EU', `record ${i} (${made[i]}): a US visitor is recorded as EU`);
    if (i > 0) assert.equal(x.record.prev, recs[i - 1].record.hash, 'one chain');
    const res = await ledgerRecord(x.record.id);
    assert.equal(res.status, 200, `record ${i} (${made[i]}) is not in the ledger`);
    assert.deepEqual((await res.json()).record, x.record);
  }
  assert.deepEqual(recs[2].record.form, { name: 'newsletter', channel: 'email', context: 'signup' });
  assert.ok(!page.logs.some((l) => /reject_not_on_first_layer/.test(l)), page.logs.join('\n'));
  await context.close();
});

test('a record the endpoint refuses: the error event carries the findings, the record is marked and never resent', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const posted = [];
  const findings = [{ code: 'low_contrast', severity: 'error', message: 'the reject label is 2.1:1', cite: 'WCAG 2.2 SC 1.4.3', field: 'ui.reject.color' }];
  await page.route('**/v1/records', (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posted.push(JSON.parse(route.request().postData()).id);
    return route.fulfill({ status: 400, contentType: 'application/json',
      body: JSON.stringify({ error: 'record_invalid', message: 'record invalid', findings }) });
  });
  await page.goto(BASE + '/');
  await page.evaluate(() => { window.__errors = []; Assent.on('error', (e) => window.__errors.push(e)); });
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => window.__errors.length === 1, null, { timeout: 15000 });
  const [r] = await records(page);
  const [e] = await page.evaluate(() => window.__errors);
  assert.deepEqual(e, { code: 'record_invalid', message: 'record invalid', findings, record_id: r.record.id, status: 400 });
  assert.equal(r.synced, false);
  assert.match(r.error, /record_invalid/);
  assert.equal(page.logs.filter((l) => l.startsWith('error:') && l.includes(r.record.id)).length, 1, page.logs.join('\n'));
  // Another choice syncs again; the refused record is not among what is sent.
  await page.evaluate(() => Assent.acceptAll());
  await page.waitForFunction(() => window.__errors.length === 2, null, { timeout: 15000 });
  await page.waitForTimeout(2500); // past the first retry
  assert.equal(posted.filter((id) => id === r.record.id).length, 1, 'the refused record was sent again');
  // Refused records leave the chain: once the endpoint accepts again, the next choice follows the last record it
  // may hold (none here), so it is logged instead of being refused for a missing prev.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const next = await page.evaluate(() => Assent.rejectAll());
  assert.equal(next.prev, '', 'the next record follows a refused one');
  const all = await waitFor(page, (recs) => recs.find((x) => x.record.id === next.id && x.synced));
  assert.ok(all, 'the next choice was not logged');
  await context.close();
});

async function waitFor(page, pick, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const got = pick(await records(page));
    if (got || Date.now() > end) return got;
    await new Promise((ok) => setTimeout(ok, 200));
  }
}
