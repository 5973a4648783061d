// End-to-end behaviour of the widget on the demo shop, in Debian Chromium against `assent serve`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, launch, newPage, BANNER, PREFS, waitSynced } from './lib.mjs';

const require = createRequire(import.meta.url);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function firstVisit(opts = {}, path = '/') {
  const { context, page } = await newPage(browser, { locale: 'en-GB', ...opts });
  await page.goto(BASE + path);
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  return { context, page };
}
const consentCalls = (page) => page.evaluate(() => dataLayer
  .filter((a) => a && a[0] === 'consent').map((a) => ({ kind: a[1], ...a[2] })));
const records = (page) => page.evaluate(() => Assent.records());

test('first visit: banner with equal accept and reject, Consent Mode default denied first', async () => {
  const { context, page } = await firstVisit();
  const first = await page.evaluate(() => Array.from(dataLayer[0]));
  assert.equal(first[0], 'consent');
  assert.equal(first[1], 'default');
  assert.equal(first[2].ad_storage, 'denied');
  assert.equal(first[2].analytics_storage, 'denied');
  const acc = await page.locator(BANNER + ' [data-assent-action="accept-all"]').boundingBox();
  const rej = await page.locator(BANNER + ' [data-assent-action="reject-all"]').boundingBox();
  assert.equal(Math.round(acc.width), Math.round(rej.width));
  assert.equal(Math.round(acc.height), Math.round(rej.height));
  assert.equal(await page.evaluate(() => window.demoAnalytics), undefined, 'gated script ran before consent');
  const warnings = page.logs.filter((l) => l.includes('assent:') && l.startsWith('warning'));
  assert.deepEqual(warnings, [], 'self-check warned on the demo page');
  await page.evaluate(() => Assent.ready);
  assert.deepEqual(page.requests.filter((u) => /tools\.[0-9a-f]+\.wasm/.test(u)), [], 'a banner that is fine loads no checker');
  await context.close();
});

test('self-check: a page that shrinks the reject button is warned in the console, as the ledger would refuse it', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  // A dark pattern: a script of the page makes reject small and grey as soon as the banner is drawn.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      const r = document.getElementById('assent-root')?.shadowRoot?.querySelector('[data-assent-action="reject-all"]');
      if (r && !r.dataset.shrunk) { r.dataset.shrunk = '1'; r.style.fontSize = '9px'; r.style.padding = '0'; r.style.background = '#eee'; r.style.color = '#ccc'; }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor();
  await page.waitForFunction(() => true);
  const end = Date.now() + 20000;
  while (!page.logs.some((l) => l.startsWith('warning') && l.includes('assent: reject_not_equal_prominence')) && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 200));
  }
  const warnings = page.logs.filter((l) => l.startsWith('warning') && l.includes('assent:'));
  assert.ok(warnings.some((l) => l.includes('reject_not_equal_prominence')), warnings.join('\n') || 'no warning');
  assert.ok(warnings.some((l) => l.includes('low_contrast')), warnings.join('\n'));
  await context.close();
});

test('reject: gated scripts stay blocked, a record is stored, Consent Mode update denied', async () => {
  const { context, page } = await firstVisit();
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.locator(BANNER).waitFor({ state: 'detached' });
  await page.waitForFunction(() => Assent.get().decided);
  assert.equal(await page.evaluate(() => window.demoAnalytics), undefined);
  assert.equal(await page.evaluate(() => window.demoAds), undefined);
  const recs = await records(page);
  assert.equal(recs.length, 1);
  const r = recs[0].record;
  assert.equal(r.action, 'reject_all');
  assert.deepEqual(r.purposes, { necessary: true, analytics: false, marketing: false, media: false });
  assert.equal(r.prev, '');
  assert.match(r.hash, /^[0-9a-f]{64}$/);
  assert.equal(r.ui.layer, 1);
  assert.ok(Math.abs(r.ui.accept.width - r.ui.reject.width) < 0.5, 'measured widths differ');
  assert.equal(r.ui.accept.font_size, r.ui.reject.font_size);
  assert.equal(r.ui.reject.kind, 'button');
  const cm = await consentCalls(page);
  assert.equal(cm[0].kind, 'default');
  const upd = cm.filter((c) => c.kind === 'update');
  assert.equal(upd.length, 1);
  assert.equal(upd[0].analytics_storage, 'denied');
  assert.equal(upd[0].ad_storage, 'denied');
  await context.close();
});

test('accept: gated scripts run; a returning visit applies the choice with no banner, and no wasm on a page without a form', async () => {
  const { context, page } = await firstVisit();
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => window.demoAnalytics === 1 && window.demoAds === 1);
  const upd = (await consentCalls(page)).filter((c) => c.kind === 'update');
  assert.equal(upd.at(-1).analytics_storage, 'granted');
  assert.equal(upd.at(-1).ad_storage, 'granted');
  await waitSynced(page, 1);
  page.requests.length = 0;
  await page.goto(BASE + '/privacy.html');
  await page.waitForFunction(() => Assent.get().decided);
  await page.waitForTimeout(300);
  assert.equal(await page.locator(BANNER).count(), 0, 'banner shown to a returning visitor');
  assert.deepEqual(page.requests.filter((u) => u.endsWith('.wasm') || u.includes('wasm_exec')), [], 'engine fetched on return');
  const cm = await consentCalls(page);
  assert.equal(cm[0].kind, 'default');
  assert.equal(cm[1].kind, 'update', 'update replayed for a returning visitor');
  assert.equal(cm[1].analytics_storage, 'granted');
  assert.equal(await page.locator('[data-assent="reopen"]').count(), 1, 'reopen control present');
  // Back on a page with a marketing form: the choice applies at once, and the form's controls are drawn.
  await page.goto(BASE + '/');
  await page.waitForFunction(() => window.demoAnalytics === 1);
  await page.locator('[data-assent-form="newsletter"] input[type=checkbox]').waitFor({ state: 'attached', timeout: 15000 });
  assert.equal(await page.locator(BANNER).count(), 0, 'banner shown to a returning visitor');
  await context.close();
});

test('reopen and withdraw: the purposes\' cookies are deleted and nothing more loads', async () => {
  const { context, page } = await firstVisit();
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => document.cookie.includes('_pl_id') && document.cookie.includes('_demo_ad'));
  await page.locator('[data-assent="reopen"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  // Withdrawing takes one click, as consenting did.
  await page.locator(PREFS + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => !Assent.has('analytics'));
  // The choice applies at once; the cookies go when the engine seals it, a moment later.
  await page.waitForFunction(() => !/_pl_id|_demo_ad/.test(document.cookie), null, { timeout: 10000 }).catch(() => {});
  const cookies = await page.evaluate(() => document.cookie);
  assert.doesNotMatch(cookies, /_pl_id/);
  assert.doesNotMatch(cookies, /_demo_ad/);
  const recs = await records(page);
  assert.equal(recs.length, 2);
  assert.equal(recs[1].record.prev, recs[0].record.hash, 'records are hash-chained');
  await page.reload();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.demoAnalytics), undefined, 'analytics ran after withdrawal');
  await context.close();
});

test('preferences: unticked toggles, granular save', async () => {
  const { context, page } = await firstVisit();
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  for (const id of ['analytics', 'marketing', 'media']) {
    assert.equal(await page.locator(`${PREFS} input[data-assent-purpose="${id}"]`).isChecked(), false, id + ' pre-ticked');
  }
  const nec = page.locator(`${PREFS} input[data-assent-purpose="necessary"]`);
  assert.equal(await nec.isChecked(), true);
  assert.equal(await nec.isDisabled(), true);
  await page.locator(`${PREFS} input[data-assent-purpose="analytics"]`).check();
  await page.locator(PREFS + ' [data-assent-action="save"]').click();
  await page.waitForFunction(() => window.demoAnalytics === 1);
  assert.equal(await page.evaluate(() => window.demoAds), undefined);
  const r = (await records(page))[0].record;
  assert.equal(r.action, 'save');
  assert.equal(r.ui.layer, 2);
  assert.deepEqual(r.purposes, { necessary: true, analytics: true, marketing: false, media: false });
  await context.close();
});

test('blocked iframe shows a placeholder that consents in place', async () => {
  const { context, page } = await firstVisit();
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  const ph = page.locator('[data-assent-placeholder="media"]');
  await ph.waitFor({ state: 'visible' });
  assert.match(await ph.textContent(), /Embedded videos/);
  await ph.locator('button').click();
  await page.waitForFunction(() => document.querySelector('iframe[data-assent-purpose="media"]').src.endsWith('/video.html'));
  assert.equal(await page.locator('[data-assent-placeholder]').count(), 0);
  assert.equal(await page.evaluate(() => Assent.has('media')), true);
  await context.close();
});

test('GPC: advertising stays denied under accept all, and the record says so', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB', extraHTTPHeaders: { 'Sec-GPC': '1' } });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(BASE + '/');
  await page.locator(BANNER + ' [data-assent-notice="gpc"]').waitFor({ state: 'visible', timeout: 15000 });
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => window.demoAnalytics === 1);
  assert.equal(await page.evaluate(() => Assent.has('marketing')), false);
  const r = (await records(page))[0].record;
  assert.equal(r.signals.gpc, true);
  assert.equal(r.purposes.marketing, false);
  assert.equal(r.signals.consent_mode.ad_storage, 'denied');
  await context.close();
});

test('keyboard only: focus lands in the banner; reject and accept work without a mouse', async () => {
  const { context, page } = await firstVisit();
  const focused = await page.evaluate(() => document.getElementById('assent-root').shadowRoot.activeElement?.getAttribute('data-assent-action'));
  assert.equal(focused, 'reject-all');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Assent.get().decided);
  assert.equal((await records(page))[0].record.action, 'reject_all');
  await context.close();

  const v2 = await firstVisit();
  await v2.page.keyboard.press('Tab');
  await v2.page.keyboard.press('Enter');
  await v2.page.waitForFunction(() => Assent.get().decided);
  assert.equal((await records(v2.page))[0].record.action, 'accept_all');
  // Preferences trap focus and close on Escape.
  await v2.page.locator('[data-assent="reopen"]').focus();
  await v2.page.keyboard.press('Enter');
  await v2.page.locator(PREFS).waitFor({ state: 'visible' });
  for (let i = 0; i < 25; i++) await v2.page.keyboard.press('Tab');
  const inside = await v2.page.evaluate(() => !!document.getElementById('assent-root').shadowRoot.activeElement?.closest('[data-assent="preferences"]'));
  assert.ok(inside, 'focus left the preferences dialog');
  await v2.page.keyboard.press('Escape');
  await v2.page.locator(PREFS).waitFor({ state: 'detached' });
  await v2.context.close();
});

test('accessibility: axe-core finds no serious or critical violation in either layer', async () => {
  const { context, page } = await firstVisit();
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const run = () => page.evaluate(async () => {
    const r = await axe.run(document.getElementById('assent-root'), { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.help);
  });
  assert.deepEqual(await run(), []);
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  assert.deepEqual(await run(), []);
  await context.close();
});

test('a hostile config string shows as text and runs nothing', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  const cfg = JSON.parse(readFileSync(new URL('../../site/assent.json', import.meta.url), 'utf8'));
  cfg.purposes[1].label = { en: '<img src=x onerror="window.pwned=1">Analytics<script>window.pwned=2</script>' };
  cfg.texts.en.title = '<b onmouseover="window.pwned=3">Title</b>';
  await page.route('**/assent.json', (route) => route.fulfill({ json: cfg }));
  await page.goto(BASE + '/privacy.html'); // the one-line install: the config comes from data-config
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await page.locator(BANNER + ' h2').textContent(), cfg.texts.en.title);
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  const label = page.locator(PREFS + ' label', { hasText: 'Analytics' });
  assert.equal(await label.textContent(), cfg.purposes[1].label.en);
  assert.equal(await page.locator('#assent-root img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});

test('checkout: a GB customer sees a soft opt-in notice with an opt-out box; submitting records it', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto(BASE + '/checkout.html');
  const notice = page.locator('[data-assent-notice="soft-opt-in"]');
  await notice.waitFor({ state: 'visible', timeout: 15000 });
  const box = page.locator('[data-assent-form="offers"] input[type=checkbox]');
  assert.equal(await box.getAttribute('name'), 'offers');
  assert.equal(await box.getAttribute('value'), 'opt_out');
  assert.equal(await box.isChecked(), false);
  await page.locator('[data-assent-action="reject-all"]').click();
  await page.fill('input[name=email]', 'buyer@example.com');
  await page.fill('input[name=address]', '1 High Street');
  await box.check();
  await Promise.all([page.waitForURL(/thanks\.html/), page.locator('button[type=submit]').click()]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('offers'), 'opt_out', 'the host form submitted the box');
  // The record was stored before the page left, and reaches the log from the next page.
  const recs = await waitSynced(page, 2);
  const r = recs[1].record;
  assert.equal(url.searchParams.get('assent_record'), r.id, 'the record id goes with the form');
  assert.equal(r.action, 'marketing_opt_out');
  assert.deepEqual(r.form, { name: 'offers', channel: 'email', context: 'checkout' });
  assert.equal(r.decision.model, 'soft_opt_in');
  assert.doesNotMatch(JSON.stringify(r), /buyer@example.com/, 'the record holds no direct identifier');
  await context.close();
});

test('signup in Germany: an unticked opt-in box and a double opt-in note', async () => {
  const { context, page } = await newPage(browser, { locale: 'de-DE' });
  await page.goto(BASE + '/');
  const form = page.locator('[data-assent-form="newsletter"]');
  await form.locator('input[type=checkbox]').waitFor({ timeout: 15000 });
  assert.equal(await form.locator('input[type=checkbox]').getAttribute('value'), 'opt_in');
  assert.equal(await form.locator('input[type=checkbox]').isChecked(), false);
  assert.equal(await form.locator('[data-assent-notice="double-opt-in"]').count(), 1);
  await context.close();
});

test('jurisdiction: the endpoint\'s /v1/context decides, asked once; a silent endpoint falls back to the browser language', async () => {
  // The Worker answers /v1/context with Cloudflare's country for the visitor.
  const a = await newPage(browser, { locale: 'en-GB' });
  let asked = 0;
  await a.context.route('**/v1/context', (route) => { asked++; route.fulfill({ json: { country: 'FR' } }); });
  await a.page.goto(BASE + '/');
  await a.page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await a.page.evaluate(() => Assent.rejectAll());
  assert.equal((await a.page.evaluate(() => Assent.get())).jurisdiction, 'FR');
  assert.equal(asked, 1, 'the loader and the engine share one /v1/context request');
  await a.context.close();
  // An endpoint that never answers: after 1.5 s the region of the browser's language decides.
  const b = await newPage(browser, { locale: 'de-AT' });
  await b.context.route('**/v1/context', () => { /* no answer */ });
  await b.page.goto(BASE + '/');
  await b.page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await b.page.evaluate(() => Assent.rejectAll());
  assert.equal((await b.page.evaluate(() => Assent.get())).jurisdiction, 'AT');
  await b.context.close();
});

test('language: <html lang> picks the widget language among the configured ones', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.route(BASE + '/', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace('<html lang="en">', '<html lang="fr">') });
  });
  const texts = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) texts.push(new URL(r.url()).pathname); });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  // Painted in French from the first frame: the site loader carries the configured languages.
  assert.equal(await page.locator(BANNER).getAttribute('lang'), 'fr');
  assert.equal(await page.locator(BANNER + ' [data-assent-action="reject-all"]').textContent(), 'Tout refuser');
  // The engine carries English only: once it is there, the visitor has downloaded the French texts and no other.
  await page.evaluate(() => Assent.ready);
  assert.equal(texts.length, 1, texts.join(' '));
  assert.match(texts[0], /^\/i18n\/fr\.[0-9a-f]{12}\.json$/);
  assert.equal(await page.locator(BANNER + ' [data-assent-action="reject-all"]').textContent(), 'Tout refuser');
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  assert.equal(await page.locator(PREFS + ' label', { hasText: 'Mesure' }).textContent(), "Mesure d'audience");
  await context.close();
});

test('theme check: a host theme that makes the buttons unreadable gets a console error naming the variable, is replaced by an accessible colour, and the ledger accepts the record', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.route(BASE + '/', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('</head>', '<style>#assent-root{--assent-accent:#e8e8e8;--assent-accent-fg:#ffffff}</style></head>');
    route.fulfill({ response: res, body });
  });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  for (let i = 0; i < 100 && !page.logs.some((l) => l.includes('low_contrast')); i++) await page.waitForTimeout(100);
  const errors = page.logs.filter((l) => l.startsWith('error') && l.includes('low_contrast'));
  assert.equal(errors.length, 1, page.logs.join('\n'));
  assert.match(errors[0], /theme --assent-accent: low_contrast: --assent-accent "rgb\(232, 232, 232\)" .* the widget uses #[0-9a-f]{6}/);
  const reject = page.locator(BANNER + ' [data-assent-action="reject-all"]');
  const bg = await reject.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(bg, 'rgb(232, 232, 232)', 'the unreadable accent is still on screen');
  await reject.click();
  await page.waitForFunction(() => Assent.get().decided);
  const [r] = await waitSynced(page, 1);
  assert.notEqual(r.record.ui.reject.background, '#e8e8e8');
  assert.equal(r.synced, true);
  await context.close();
});

test('usable at 320 px: both choices visible without scrolling sideways', async () => {
  const { context, page } = await firstVisit({ viewport: { width: 320, height: 640 } });
  for (const a of ['accept-all', 'reject-all', 'preferences']) {
    const b = await page.locator(`${BANNER} [data-assent-action="${a}"]`).boundingBox();
    assert.ok(b.x >= 0 && b.x + b.width <= 320 && b.y + b.height <= 640, a + ' off screen: ' + JSON.stringify(b));
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true);
  await context.close();
});

test('consent expires: an expired choice or a new policy revision asks again', async () => {
  const { context, page } = await firstVisit({}, '/privacy.html'); // the one-line install reads the routed config
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  const exp = await page.evaluate(() => Assent.get().expires_at);
  const days = (Date.parse(exp) - Date.now()) / 864e5;
  assert.ok(days > 181 && days < 183, 'expiry_days 182 from the config: ' + exp);

  // A new revision of the policy: the stored choice no longer counts.
  await page.route('**/assent.json', async (route) => {
    const res = await route.fetch();
    const cfg = await res.json();
    cfg.revision = '2026-12-01';
    route.fulfill({ response: res, json: cfg });
  });
  await page.reload();
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  await page.unroute('**/assent.json');

  // An expired choice: the banner again, and scripts stay blocked.
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('assent:')) {
      const s = JSON.parse(localStorage[k]); s.expires_at = new Date(Date.now() - 1000).toISOString(); localStorage[k] = JSON.stringify(s);
    }
  });
  await page.goto(BASE + '/');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await page.evaluate(() => window.demoAnalytics), undefined, 'analytics ran on an expired choice');
  await context.close();
});
