// The proof path end to end: records reach the endpoint's signed log exactly once (also after being offline or
// while the endpoint is down), receipts come back, and the verifier page checks them in wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, BANNER, waitSynced } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SITE = 'demo.assent.test';
const records = (page) => page.evaluate(() => Assent.records());
// Record contents are private: the site's key (test-e2e gives `assent serve` and the tests the same) reads them.
const KEYED = { headers: { Authorization: `Bearer ${process.env.ASSENT_SITE_KEY}` } };

// countInLog returns how often a record id appears in the site's log (read through the entries API with the key).
async function countInLog(id) {
  let n = 0;
  for (let start = 0; ; ) {
    const res = await fetch(`${BASE}/v1/log/${SITE}/entries?start=${start}`, KEYED);
    const body = await res.json();
    n += body.entries.filter((e) => e.record.id === id).length;
    if (body.end >= body.tree_size || body.entries.length === 0) return n;
    start = body.end;
  }
}

test('a choice is logged: receipt stored with the record, synced event, the verifier page says valid', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/');
  await page.evaluate(() => { window.__synced = []; Assent.on('synced', (e) => window.__synced.push(e)); });
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await waitSynced(page, 1);
  const [r] = await records(page);
  assert.equal(r.receipt.record_hash, r.record.hash);
  assert.equal(r.verified, true, 'the widget checked the receipt against verifier_key');
  assert.equal(r.receipt.site, SITE);
  assert.equal(await page.evaluate(() => window.__synced.length), 1);
  assert.equal(await countInLog(r.record.id), 1);
  assert.equal(r.record.v, 2, 'the widget signs its records (version 2)');
  assert.equal((await fetch(`${BASE}/v1/records/${r.record.id}?site=${SITE}`)).status, 401, 'records are private');
  const got = await (await fetch(`${BASE}/v1/records/${r.record.id}?site=${SITE}`, KEYED)).json();
  assert.deepEqual(got.record, r.record);

  const proofText = await page.evaluate(async () => JSON.stringify(await Assent.records()));
  await page.goto(BASE + '/verify.html');
  await page.locator('#verify:not([disabled])').waitFor();
  await page.waitForFunction(() => document.getElementById('key').value.length > 0);
  await page.fill('#text', proofText);
  await page.click('#verify');
  assert.match(await page.locator('#result').textContent(), /^Valid: 1 record/);
  const mangled = proofText.replace(/"action":"accept_all"/, '"action":"reject_all"');
  await page.fill('#text', mangled);
  await page.click('#verify');
  assert.match(await page.locator('#result').textContent(), /^Invalid/);
  await context.close();
});

test('offline: the choice is kept, survives a reload, and reaches the log exactly once when back online', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await page.evaluate(() => Assent.ready); // the engine is there (a click before it: firstpaint.test.mjs)
  await context.setOffline(true);
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  await page.waitForTimeout(500);
  const [pending] = await records(page);
  assert.equal(pending.receipt, null, 'no receipt while offline');
  assert.equal(await countInLog(pending.record.id), 0);
  // Close the page while offline; come back online in a new page of the same browser profile.
  await page.close();
  await context.setOffline(false);
  const page2 = await context.newPage();
  await page2.goto(BASE + '/');
  await waitSynced(page2, 1);
  assert.equal(await countInLog(pending.record.id), 1);
  await context.close();
});

test('endpoint down: records are retried with backoff and logged once the endpoint answers', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  let refused = 0;
  await page.route('**/v1/records', (route) => {
    if (route.request().method() === "POST" && refused < 2) { refused++; return route.fulfill({ status: 503, body: 'down' }); }
    return route.fallback();
  });
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await waitSynced(page, 1);
  assert.ok(refused >= 1, 'the endpoint was never down');
  const [r] = await records(page);
  assert.equal(await countInLog(r.record.id), 1);
  await context.close();
});

test('the endpoint refuses a forged record and changes nothing', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await waitSynced(page, 1);
  const [r] = await records(page);
  const forged = { ...r.record, id: crypto.randomUUID(), purposes: { ...r.record.purposes, marketing: true } };
  const res = await fetch(BASE + '/v1/records', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: BASE }, body: JSON.stringify(forged) });
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.ok(body.findings.some((f) => f.code === 'hash_mismatch'), JSON.stringify(body));
  assert.equal(await countInLog(forged.id), 0);
  await context.close();
});

test('a receipt that does not verify is not accepted: the record stays queued', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  let forged = 0;
  await page.route('**/v1/records', async (route) => {
    if (route.request().method() !== 'POST' || forged >= 2) return route.fallback();
    const res = await route.fetch();
    const rc = await res.json();
    rc.index = rc.index + 1; // a receipt for the wrong leaf
    forged++;
    return route.fulfill({ response: res, body: JSON.stringify(rc) });
  });
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  // Wait until the widget has checked (and refused) the forged receipt, not just until it was served.
  for (let i = 0; i < 100 && !page.logs.some((l) => l.includes('does not verify')); i++) await page.waitForTimeout(100);
  assert.ok(page.logs.some((l) => l.includes('does not verify')), page.logs.join('\n'));
  const [pending] = await records(page);
  assert.equal(pending.receipt, null, 'forged receipt stored');
  const [r] = await waitSynced(page, 1); // then the real receipt arrives on retry
  assert.equal(r.verified, true);
  await context.close();
});

test('a hung IndexedDB: the click applies at once, Assent.ready resolves, the choice is logged and the console says why', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await context.addInitScript(() => { indexedDB.open = () => ({}); }); // an open request that never calls back
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  assert.equal(await page.evaluate(() => Assent.get().decided), true, 'the choice applies without the engine');
  const start = Date.now();
  assert.equal(await page.evaluate(() => Assent.ready.then((a) => a === Assent)), true);
  assert.ok(Date.now() - start < 20000, 'Assent.ready took ' + (Date.now() - start) + ' ms');
  assert.ok(page.logs.some((l) => /^warning: assent: proofs kept in memory only: .*IndexedDB.*no answer within 10 s/.test(l)), page.logs.join('\n'));
  const [r] = await waitSynced(page, 1);
  assert.equal(r.record.action, 'reject_all');
  assert.equal(r.verified, true);
  assert.equal(await countInLog(r.record.id), 1);
  await context.close();
});

test('Assent.validate runs the rules\' config validator in the page', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  const cfg = await (await fetch(BASE + '/assent.json')).json();
  assert.deepEqual(await page.evaluate((c) => Assent.validate(c), cfg), []);
  cfg.purposes[2].preticked = true;
  cfg.expiry_days = 400;
  cfg.colour = 'blue';
  const codes = (await page.evaluate((c) => Assent.validate(c), cfg)).map((f) => f.code).sort();
  assert.ok(codes.includes('preticked_purposes'), codes.join(' '));
  assert.ok(codes.includes('expiry_too_long'), codes.join(' '));
  assert.ok(codes.includes('unknown_field'), codes.join(' '));
  await context.close();
});
