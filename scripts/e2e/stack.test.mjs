// Fit the stack a site already runs (README "Tag managers, ad platforms and subdomains"): Consent Mode
// settings, the built-in UET / Clarity / Meta pixel integrations, scope "europe" and cookie_domain, each driven
// through a real site loader (`assent loader` with the setting in the config) on a page of another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, BANNER, PREFS, newPage, waitSynced, ledgerRecord } from './lib.mjs';
import { SHOP, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// siteLoader builds the site loader of the demo config with `edit` applied, as `assent loader` writes it.
async function siteLoader(edit) {
  const c = await demoConfig();
  edit(c);
  const dir = mkdtempSync(join(tmpdir(), 'assent-stack-'));
  writeFileSync(join(dir, 'assent.json'), JSON.stringify(c));
  execFileSync('./bin/assent', ['loader', '--config', join(dir, 'assent.json'), '--out', join(dir, 'assent.js')]);
  return readFileSync(join(dir, 'assent.js'), 'utf8');
}

// open serves `html` at url (and any extra {path: body} of that origin), the site loader js at
// BASE/v1/sites/stack/assent.js, and answers /v1/context with country (CORS, as the endpoint does).
async function open(js, pages, { country = '', locale = 'en-GB', context: ctx } = {}) {
  const context = ctx || (await newPage(browser, { locale })).context;
  await context.route(BASE + '/v1/sites/stack/assent.js', (r) => r.fulfill({ contentType: 'text/javascript', body: js }));
  await context.route(BASE + '/v1/context', (r) => r.fulfill({ json: { country, gpc: false }, headers: { 'access-control-allow-origin': '*' } }));
  await context.route((u) => pages[u.href] !== undefined, (r) => {
    const b = pages[r.request().url()];
    r.fulfill({ contentType: b.startsWith('<') ? 'text/html' : 'text/javascript', body: b });
  });
  const page = context.pages()[0] || await context.newPage();
  if (!page.logs) { page.logs = []; page.on('console', (m) => page.logs.push(m.type() + ': ' + m.text())); }
  return { context, page };
}
const LOADER = `<script src="${BASE}/v1/sites/stack/assent.js"></script>`;

test('Consent Mode settings and the UET, Clarity and Meta pixel integrations: defaults before the tags, an update on every change', async () => {
  const js = await siteLoader((c) => {
    c.consent_mode = { outside_europe: 'granted', url_passthrough: true, types: { functionality_storage: 'granted', ad_user_data: ['marketing'] } };
    c.integrations = { uet: true, clarity: { purposes: ['analytics'] }, meta_pixel: true };
  });
  // The vendors' tags as their snippets install them, each recording what was queued when it loaded and every
  // call after: UET replaces the uetq array, Clarity keeps its queue stub, the Meta base code loads fbevents.js.
  const tags = `<script>
  window.calls = { uet: [], clarity: [], fbq: [], at: {} };
  // UET tag (bat.js): takes the queue over.
  window.calls.at.uet = JSON.stringify(window.uetq || []);
  window.uetq = { push: function () { window.calls.uet.push([].slice.call(arguments)); } };
  // Clarity snippet + tag.
  (function(c,a){ c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)}; })(window,'clarity');
  window.calls.at.clarity = JSON.stringify([].map.call(window.clarity.q || [], function (a) { return [].slice.call(a); }));
  window.clarity = function () { window.calls.clarity.push([].slice.call(arguments)); };
  // Meta pixel base code (its shape), loading fbevents.js from this origin.
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','${SHOP}/fbevents.js');
  fbq('init', '123'); fbq('track', 'PageView');
  // gtag.js
  function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-TEST');
</script>`;
  const fbevents = `window.calls.at.fbq = JSON.stringify(fbq.queue.map(function (a) { return [].slice.call(a); }));
  fbq.callMethod = function () { window.calls.fbq.push([].slice.call(arguments)); };`;
  const { context, page } = await open(js, { [SHOP + '/']: `<!doctype html><html lang="en"><head>${LOADER}${tags}</head><body><h1>Shop</h1></body></html>`,
    [SHOP + '/fbevents.js']: fbevents }, { country: 'DE' });
  await page.goto(SHOP + '/');
  await page.locator(BANNER).waitFor();
  await page.waitForFunction(() => window.calls.at.fbq);
  const at = await page.evaluate(() => window.calls.at);
  assert.deepEqual(JSON.parse(at.uet), ['consent', 'default', { ad_storage: 'denied' }], 'UET default before the tag');
  assert.deepEqual(JSON.parse(at.clarity), [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]], 'Clarity default before the tag');
  assert.deepEqual(JSON.parse(at.fbq), [['consent', 'revoke'], ['init', '123'], ['track', 'PageView']], 'Meta: revoke before init');
  // Google: two region-scoped defaults, then the settings, all before gtag.js's own commands.
  const dl = () => page.evaluate(() => dataLayer.map((a) => a.event ? { event: a.event, assent: a.assent } : [].slice.call(a)));
  let cmds = await dl();
  const first = cmds.slice(0, 4);
  assert.equal(first[0][1], 'default');
  assert.equal(first[0][2].ad_storage, 'granted', 'outside Europe granted');
  assert.equal(first[0][2].region, undefined);
  assert.equal(first[1][1], 'default');
  assert.ok(first[1][2].region.includes('DE') && first[1][2].region.includes('GB') && first[1][2].region.includes('CH'));
  assert.equal(first[1][2].ad_storage, 'denied');
  assert.equal(first[1][2].functionality_storage, 'granted', 'types: functionality_storage granted');
  assert.deepEqual(first.slice(2), [['set', 'ads_data_redaction', true], ['set', 'url_passthrough', true]]);
  assert.deepEqual(cmds[4].slice(0, 1), ['js'], 'the settings come before gtag.js');
  // A choice: analytics only (Clarity by its purposes; UET and Meta follow ad_storage, still denied).
  await page.evaluate(() => Assent.ready);
  await page.evaluate(() => Assent.save({ analytics: true }));
  await page.waitForFunction(() => window.calls.clarity.length === 1);
  let calls = await page.evaluate(() => window.calls);
  assert.deepEqual(calls.uet, [['consent', 'update', { ad_storage: 'denied' }]]);
  assert.deepEqual(calls.clarity, [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
  assert.deepEqual(calls.fbq, [['consent', 'revoke']]);
  await page.evaluate(() => Assent.acceptAll());
  await page.evaluate(() => Assent.withdraw());
  calls = await page.evaluate(() => window.calls);
  assert.deepEqual(calls.uet.map((c) => c[2].ad_storage), ['denied', 'granted', 'denied']);
  assert.deepEqual(calls.fbq.map((c) => c[1]), ['revoke', 'grant', 'revoke']);
  assert.deepEqual(calls.clarity.map((c) => c[1].analytics_Storage), ['granted', 'granted', 'denied']);
  cmds = await dl();
  const updates = cmds.filter((c) => Array.isArray(c) && c[1] === 'update').map((c) => c[2]);
  assert.equal(updates.length, 3);
  assert.equal(updates[0].ad_user_data, 'denied', 'types: ad_user_data needs marketing');
  assert.equal(updates[1].ad_user_data, 'granted');
  assert.ok(updates.every((u) => u.functionality_storage === 'granted'));
  // The dataLayer events GTM triggers on, and the records: what was pushed is what the proof says.
  const events = cmds.filter((c) => c.event === 'assent_consent_update');
  assert.deepEqual(events.map((e) => e.assent.action), ['save', 'accept_all', 'withdraw']);
  assert.equal(events[0].assent.purposes.analytics, true);
  const recs = await waitSynced(page, 3);
  assert.deepEqual(recs.map((r) => r.record.signals.consent_mode.functionality_storage), ['granted', 'granted', 'granted']);
  assert.deepEqual(recs.map((r) => r.record.signals.consent_mode.ad_user_data), ['denied', 'granted', 'denied']);
  assert.equal(events[2].assent.record_id, recs[2].record.id);
  assert.equal((await ledgerRecord(recs[2].record.id)).status, 200);
  // Returning visitor: defaults again before the tags, then the stored choice as an update and assent_consent_ready.
  await page.reload();
  await page.waitForFunction(() => window.calls.at.fbq);
  const again = await page.evaluate(() => window.calls.at);
  assert.deepEqual(JSON.parse(again.uet), ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'denied' }]);
  assert.deepEqual(JSON.parse(again.fbq)[0], ['consent', 'revoke']);
  cmds = await dl();
  assert.deepEqual(cmds.filter((c) => c.event).map((c) => c.event), ['assent_consent_ready']);
  await context.close();
});

test('scope "europe": no banner, purposes applied and nothing recorded outside Europe; the banner in Europe and for an unknown country', async () => {
  const js = await siteLoader((c) => { c.scope = 'europe'; });
  const html = `<!doctype html><html lang="en"><head>${LOADER}</head><body><h1>Shop</h1>
<script type="text/plain" data-assent-purpose="analytics">window.ran = 1;</script></body></html>`;
  // A US visitor (the endpoint knows the country; the browser says en-US).
  let { context, page } = await open(js, { [SHOP + '/']: html }, { country: 'US', locale: 'en-US' });
  await page.goto(SHOP + '/');
  await page.waitForFunction(() => window.ran === 1);
  assert.equal(await page.locator(BANNER).count(), 0, 'no banner outside the scope');
  await page.evaluate(() => Assent.ready);
  const s = await page.evaluate(() => Assent.get());
  assert.equal(s.model, 'out_of_scope');
  assert.equal(s.jurisdiction, 'US');
  assert.equal(s.record_id, '');
  assert.deepEqual(await page.evaluate(() => Assent.records()), [], 'no record outside the scope');
  const upd = await page.evaluate(() => dataLayer.filter((a) => a[1] === 'update').map((a) => a[2]));
  assert.equal(upd.at(-1).analytics_storage, 'granted');
  // The reopen control still lets this visitor choose, and that choice is a proof like any other.
  await page.locator('[data-assent="reopen"]').click();
  await page.locator(PREFS + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => Assent.get().purposes.analytics === false);
  const [rec] = await waitSynced(page, 1);
  assert.equal(rec.record.action, 'reject_all');
  assert.equal((await ledgerRecord(rec.record.id)).status, 200, 'the choice reached the ledger');
  await context.close();
  // A German visitor and a visitor whose country nobody knows (no endpoint answer, a language without region).
  for (const [country, locale] of [['DE', 'de-DE'], ['', 'en']]) {
    ({ context, page } = await open(js, { [SHOP + '/']: html }, { country, locale }));
    await page.goto(SHOP + '/');
    await page.locator(BANNER).waitFor();
    await page.evaluate(() => Assent.ready);
    assert.equal(await page.evaluate(() => window.ran), undefined, 'ran before consent in ' + (country || 'an unknown country'));
    assert.equal(await page.locator(BANNER).count(), 1);
    await context.close();
  }
});

test('cookie_domain: a choice made on shop.localhost applies at once on blog.shop.localhost; withdrawal asks again there', async () => {
  const js = await siteLoader((c) => { c.cookie_domain = 'shop.localhost'; });
  const html = `<!doctype html><html lang="en"><head>${LOADER}</head><body><h1>Page</h1>
<script type="text/plain" data-assent-purpose="analytics">window.ran = 1;</script></body></html>`;
  const { context, page } = await open(js, { 'http://shop.localhost/': html, 'http://blog.shop.localhost/': html }, { country: 'FR' });
  await page.goto('http://shop.localhost/');
  await page.locator(BANNER).waitFor();
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => window.ran === 1, null, { timeout: 5000 }).catch((e) => { throw new Error(e.message + page.logs.join('\n')); });
  const made = await page.evaluate(() => Assent.get());
  assert.ok(made.record_id);
  assert.equal(made.origin, 'shop.localhost');
  const blog = await context.newPage();
  await blog.goto('http://blog.shop.localhost/');
  await blog.waitForFunction(() => window.ran === 1);
  assert.equal(await blog.locator(BANNER).count(), 0, 'asked again on the subdomain');
  const there = await blog.evaluate(() => Assent.get());
  assert.equal(there.record_id, made.record_id, 'the subdomain applies the choice and points at its proof');
  assert.equal(there.origin, 'shop.localhost', 'and says where it was made');
  assert.equal(there.purposes.analytics, true);
  // Withdraw on shop.localhost: blog.shop.localhost asks again on its next page.
  await page.evaluate(() => Assent.withdraw());
  await blog.reload();
  await blog.locator(BANNER).waitFor();
  assert.equal(await blog.evaluate(() => window.ran), undefined);
  assert.equal((await blog.evaluate(() => Assent.get())).decided, false);
  // The proof stays on the origin where the choice was made.
  await blog.evaluate(() => Assent.ready);
  assert.deepEqual(await blog.evaluate(() => Assent.records()), []);
  await context.close();
});
