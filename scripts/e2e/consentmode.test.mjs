// Google Consent Mode as a site with gtag.js meets it, on a site of another origin than the widget: the README's
// install (a classic script in <head>) puts the denied default in dataLayer before a gtag snippet that follows
// it; "consent_mode": false sends no Consent Mode command at all; a missing consent_mode means true, as the
// schema says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, BANNER } from './lib.mjs';
import { sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser, config;
before(async () => { browser = await launch(); config = await demoConfig(); });
after(async () => { await browser?.close(); });

// GTAG is Google's gtag.js snippet as sites paste it (the tag itself is left out: nothing leaves the test).
const GTAG = `<script>window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-TEST123');</script>`;
const SITE_LOADER = `${BASE}/v1/sites/demo.assent.test/assent.js`;
const readmeInstall = (body = '<h1>Shop</h1>') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="${SITE_LOADER}"></script>
${GTAG}</head><body>${body}</body></html>`;

// commands lists dataLayer as [command, kind] pairs (gtag's arguments objects) or event names.
const commands = (page) => page.evaluate(() => dataLayer.map((a) => a && a.event ? 'event ' + a.event
  : a && typeof a[0] === 'string' ? a[0] + (typeof a[1] === 'string' ? ' ' + a[1] : '') : typeof a));

async function accept(page) {
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
}

test('the README\'s install followed by a gtag snippet: consent default is the first command, before js and config', async () => {
  const { context, page } = await sitePage(browser, { '/': readmeInstall() });
  const cmds = await commands(page);
  // The default, then ads_data_redaction (on unless the config says false), then gtag.js's own commands.
  assert.deepEqual(cmds.slice(0, 4), ['consent default', 'set ads_data_redaction', 'js', 'config G-TEST123']);
  const def = await page.evaluate(() => dataLayer[0][2]);
  assert.equal(def.ad_storage, 'denied');
  assert.equal(def.analytics_storage, 'denied');
  await accept(page);
  const after = await commands(page);
  assert.ok(after.includes('consent update'), after.join(', '));
  assert.equal(await page.evaluate(() => dataLayer.filter((a) => a[0] === 'consent' && a[1] === 'update').pop()[2].analytics_storage), 'granted');
  await context.close();
});

test('the one-line install (no async) followed by a gtag snippet: consent default first as well', async () => {
  const { context, page } = await sitePage(browser, { '/': oneLine('<h1>Shop</h1>', { head: GTAG }), '/assent.json': config });
  assert.deepEqual((await commands(page)).slice(0, 4), ['consent default', 'set ads_data_redaction', 'js', 'config G-TEST123']);
  await context.close();
});

test('consent_mode: false with the site loader: no Consent Mode command at all, before or after a choice', async () => {
  const { context, page } = await sitePage(browser, { '/': readmeInstall() }, null);
  await context.route(SITE_LOADER, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('"config":{"consent_mode":true,', '"config":{"consent_mode":false,');
    assert.ok(body.includes('"consent_mode":false'));
    route.fulfill({ response: res, body });
  });
  await page.goto(page.url() === 'about:blank' ? BASE.replace('//127.0.0.1:', '//localhost:') + '/' : page.url());
  await accept(page);
  await page.reload(); // a returning visitor too
  await page.waitForFunction(() => Assent.get().decided);
  const cmds = await commands(page);
  assert.deepEqual(cmds.filter((c) => c.startsWith('consent')), [], cmds.join(', '));
  assert.ok(cmds.includes('event assent_consent_ready'), 'the tag manager event still comes: ' + cmds.join(', '));
  await context.close();
});

test('consent_mode: false with the one-line install and data-consent-mode="false": no Consent Mode command at all', async () => {
  const { context, page } = await sitePage(browser, {
    '/': oneLine('<h1>Shop</h1>', { attrs: ' data-consent-mode="false"' }), '/assent.json': { ...config, consent_mode: false },
  });
  await accept(page);
  const cmds = await commands(page);
  assert.deepEqual(cmds.filter((c) => c.startsWith('consent')), [], cmds.join(', '));
  assert.ok(cmds.includes('event assent_consent_update'), cmds.join(', '));
  await context.close();
});

test('consent_mode: false in the config only: the default went out before the config, so updates follow (never stuck denied) and the console says what to add', async () => {
  const { context, page } = await sitePage(browser, { '/': oneLine('<h1>Shop</h1>'), '/assent.json': { ...config, consent_mode: false } });
  await accept(page);
  const cmds = await commands(page);
  assert.deepEqual(cmds.filter((c) => c.startsWith('consent')), ['consent default', 'consent update']);
  const warns = page.logs.filter((l) => l.startsWith('warning') && l.includes('data-consent-mode="false"'));
  assert.equal(warns.length, 1, page.logs.join('\n'));
  await context.close();
});

test('a config without consent_mode means true (the schema\'s default): default, then an update after the choice, and the record says so', async () => {
  const cfg = { ...config };
  delete cfg.consent_mode;
  const { context, page } = await sitePage(browser, { '/': oneLine('<h1>Shop</h1>'), '/assent.json': cfg });
  await accept(page);
  const cmds = await commands(page);
  assert.deepEqual(cmds.filter((c) => c.startsWith('consent')), ['consent default', 'consent update']);
  const [r] = await page.evaluate(() => Assent.records());
  assert.equal(r.record.signals.consent_mode.analytics_storage, 'granted');
  assert.deepEqual(page.logs.filter((l) => l.startsWith('warning') && l.includes('assent')), []);
  await context.close();
});
