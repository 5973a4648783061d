// Bad configs fail clearly, with the README's one-line install on a site of another origin than the widget: a
// config that cannot be had makes Assent.ready reject with an Error naming the URL and the cause, one console
// error, nothing shown and gated content blocked; an invalid config gets one console error listing the
// validator's findings and a safe banner built from what is valid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BANNER, PREFS } from './lib.mjs';
import { SHOP, sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser, config;
before(async () => { browser = await launch(); config = await demoConfig(); });
after(async () => { await browser?.close(); });

const GATED = `<main><h1>Shop</h1>
<script type="text/plain" data-assent-purpose="analytics">window.analyticsRan = true</script>
<iframe data-assent-purpose="media" data-src="about:blank#video" width="400" height="225" title="Video"></iframe></main>`;

// widgetErrors are the console errors the page's scripts wrote (Chromium's own "Failed to load resource"
// lines about the failed request are left out) and its uncaught errors.
const widgetErrors = (page) => page.logs.filter((l) => (l.startsWith('error') && !l.includes('Failed to load resource')) || l.startsWith('pageerror'));

for (const [name, answer, cause] of [
  ['missing (404)', 404, /HTTP 404/],
  ['unreachable', null, /Failed to fetch/],
  ['not JSON', '<html>oops</html>', /JSON/],
]) {
  test(`a ${name} config: Assent.ready rejects naming the URL and the cause, one console error, gated content stays blocked`, async () => {
    const { context, page } = await sitePage(browser, { '/': oneLine(GATED), '/assent.json': answer });
    const err = await page.evaluate(() => Assent.ready.then(() => 'resolved', (e) => e.constructor.name + ': ' + e.message));
    assert.match(err, /^Error: /);
    assert.ok(err.includes(SHOP + '/assent.json'), err);
    assert.match(err, cause);
    await page.waitForTimeout(1500); // anything late (an unhandled rejection, a retry) would show by now
    const errors = widgetErrors(page);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.ok(errors[0].includes(SHOP + '/assent.json'), errors[0]);
    assert.equal(await page.evaluate(() => window.analyticsRan), undefined, 'a gated script ran');
    assert.equal(await page.locator('iframe[data-assent-purpose]').getAttribute('src'), null, 'a gated frame loaded');
    assert.equal(await page.locator(BANNER).count(), 0);
    assert.equal(await page.evaluate(() => Assent.get().decided), false);
    // A choice cannot be made without a config: it rejects with the same Error, and still nothing runs.
    const acc = await page.evaluate(() => Assent.acceptAll().then(() => 'resolved', (e) => e.message));
    assert.ok(acc.includes(SHOP + '/assent.json'), acc);
    assert.equal(await page.evaluate(() => window.analyticsRan), undefined);
    assert.equal(widgetErrors(page).length, 1, 'logged again: ' + widgetErrors(page).join('\n'));
    await context.close();
  });
}

test('an invalid config: one console error listing the validator\'s findings, and a safe banner from what is valid', async () => {
  const bad = structuredClone(config);
  delete bad.controller;
  bad.purposes.find((p) => p.id === 'analytics').preticked = true;
  bad.purposes.push({ id: 'Bad Id', label: 'Bad' });
  const { context, page } = await sitePage(browser, { '/': oneLine(GATED), '/assent.json': bad });
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  for (let i = 0; i < 100 && !widgetErrors(page).length; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(500);
  const errors = widgetErrors(page);
  assert.equal(errors.length, 1, errors.join('\n'));
  for (const f of ['controller_missing', 'preticked_purposes', 'invalid_purpose_id']) assert.ok(errors[0].includes(f), f + ' not listed: ' + errors[0]);
  assert.ok(errors[0].includes(SHOP + '/assent.json'), errors[0]);
  // The banner asks, with both choices; the preferences have no box ticked and no box for the bad purpose.
  assert.equal(await page.locator(BANNER + ' [data-assent-action="reject-all"]').isVisible(), true);
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  const boxes = await page.locator(PREFS + ' input[type=checkbox][data-assent-purpose]').evaluateAll((els) =>
    els.map((b) => [b.getAttribute('data-assent-purpose'), b.checked, b.disabled]));
  assert.deepEqual(boxes.filter((b) => !b[2]), [['analytics', false, false], ['marketing', false, false], ['media', false, false]]);
  assert.equal(await page.evaluate(() => window.analyticsRan), undefined);
  await context.close();
});

test('a returning visitor whose config has gone: the stored choice still applies, and the console says so once', async () => {
  const files = { '/': oneLine(GATED), '/assent.json': config };
  const { context, page } = await sitePage(browser, files);
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  files['/assent.json'] = 404;
  page.logs.length = 0;
  await page.reload();
  assert.equal(await page.evaluate(() => Assent.ready.then(() => Assent.get().decided)), true);
  await page.waitForTimeout(2000);
  const errors = widgetErrors(page);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0].includes('/assent.json: HTTP 404'), errors[0]);
  assert.equal(await page.evaluate(() => window.analyticsRan), undefined, 'a gated script ran after reject all');
  assert.equal(await page.locator(BANNER).count(), 0);
  await context.close();
});
