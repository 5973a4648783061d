// Exemptions that still carry duties (issue 13): a UK visitor on a site whose only optional purpose is
// analytics meeting the PECR Sch A1 statistics exemption (DUAA 2025 s.112, in force 5 Feb 2026). No consent is
// needed, but the visitor must be informed and offered a free, simple way to object: the first layer is shown
// as that notice (not nothing), the analytics apply meanwhile, the preferences show them ticked, and unticking
// them is an objection the record, logged by the endpoint, says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BANNER, PREFS, waitSynced, ledgerRecord } from './lib.mjs';
import { SHOP, sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser, config;
before(async () => {
  browser = await launch();
  const demo = await demoConfig();
  config = { ...demo, purposes: [demo.purposes[0], { ...demo.purposes[1], id: 'analytics', analytics_exemption: true }] };
});
after(async () => { await browser?.close(); });

async function visitor(country) {
  const r = await sitePage(browser, { '/': oneLine('<h1>Shop</h1>'), '/assent.json': config }, null);
  await r.context.route('**/v1/context', (route) => route.fulfill({ json: { country } }));
  await r.page.goto(SHOP + '/');
  return r;
}

test('GB, analytics exempt with duties: a notice, the analytics applied, an objection recorded', async () => {
  const { context, page } = await visitor('GB');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  // Applied without asking (exempt), but not chosen by the visitor: nothing is recorded yet.
  await page.waitForFunction(() => Assent.get().purposes.analytics === true);
  assert.deepEqual(await page.evaluate(() => Assent.records()), []);
  // The preferences show the exempt analytics as applied; unticking them and saving is the objection.
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  const box = page.locator(PREFS + ' input[data-assent-purpose="analytics"]');
  await box.waitFor({ state: 'visible' });
  assert.equal(await box.isChecked(), true, 'exempt analytics are shown as applied');
  // ... and say so under the purpose: used without consent by an exemption, untick to object.
  const note = page.locator(PREFS + ' [data-assent-notice="objection"]');
  assert.equal(await note.count(), 1);
  assert.match(await note.textContent(), /without consent.*untick to object/i);
  assert.ok(await note.evaluate((n) => !!n.closest('li') && !!n.closest('li').querySelector('input[data-assent-purpose="analytics"]')),
    'the note is under the analytics purpose');
  await box.uncheck();
  await page.locator(PREFS + ' [data-assent-action="save"]').click();
  await page.waitForFunction(() => Assent.get().purposes.analytics === false);
  assert.equal(await page.locator(BANNER).count(), 0, 'the notice is gone once answered');
  const [x] = await waitSynced(page, 1);
  assert.equal(x.record.action, 'save');
  assert.equal(x.record.purposes.analytics, false);
  assert.equal(x.record.jurisdiction, 'GB');
  assert.equal(x.record.decision.model, 'exempt');
  assert.ok(x.record.decision.rules.includes('GB.PECR.SchA1.statistics'), x.record.decision.rules.join(' '));
  // The endpoint re-decided the record under UK law and logged it.
  const res = await ledgerRecord(x.record.id);
  assert.equal(res.status, 200);
  // A later page view keeps the objection: no notice, analytics off.
  await page.reload();
  await page.waitForFunction(() => typeof Assent !== 'undefined' && Assent.get().decided);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => Assent.get().purposes.analytics), false);
  assert.equal(await page.locator(BANNER).count(), 0);
  await context.close();
});

test('DE, the same site: no exemption (TDDDG §25), so the banner asks and nothing applies before an answer', async () => {
  const { context, page } = await visitor('DE');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  assert.notEqual(await page.evaluate(() => Assent.get().purposes.analytics), true);
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').waitFor({ state: 'visible' });
  assert.equal(await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').isChecked(), false, 'never pre-ticked');
  assert.equal(await page.locator(PREFS + ' [data-assent-notice="objection"]').count(), 0, 'no exemption, no objection note');
  await context.close();
});
