// Strict Content-Security-Policy: the widget works on a page whose policy has no 'unsafe-inline' anywhere (the
// README's "Content Security Policy" header): first paint styled, a click recorded and sealed into the ledger,
// gated scripts run (an inline one by its nonce), and not one violation is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, BANNER, PREFS, newPage, waitSynced, ledgerRecord, readmeSnippet } from './lib.mjs';
import { SHOP, sitePage, launchCross as launch } from './crosssite.mjs';
import { readFileSync } from 'node:fs';

// The README's header, for a page on SITE whose widget and endpoint are at WIDGET.
function policy(site, widget) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const m = /^Content-Security-Policy: (.+)$/m.exec(readme.slice(readme.search(/^#+ Content Security Policy/m)));
  assert.ok(m, 'README: no Content-Security-Policy header under "Content Security Policy"');
  return m[1].replaceAll('https://consent.example', widget).replaceAll('https://shop.example', site);
}

// watch collects CSP violations (the securitypolicyviolation events, from shadow roots too, and the console's
// "Content Security Policy" messages).
async function watch(context, page) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber), true);
  });
  return async () => [...await page.evaluate(() => window.__csp), ...page.logs.filter((l) => /Content Security Policy/i.test(l))];
}

test('the demo under the strict CSP: painted, styled, recorded, gated scripts run, no violation', async () => {
  const browser = await launch();
  try {
    const { context, page } = await newPage(browser, { locale: 'en-GB' });
    const csp = policy(BASE, BASE);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, 'the README header must be strict');
    await context.route((u) => u.origin === BASE && (u.pathname === '/' || u.pathname === '/index.html'), async (route) => {
      const res = await route.fetch();
      route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    const violations = await watch(context, page);
    await page.goto(BASE + '/');
    const banner = page.locator(BANNER);
    await banner.waitFor();
    // Styled: the widget's stylesheet applied (an unstyled <button> has no padding and the UA background).
    const look = await page.locator(BANNER + ' [data-assent-action="reject-all"]').evaluate((b) => {
      const s = getComputedStyle(b); return { pad: s.paddingLeft, pos: getComputedStyle(b.closest('[data-assent="banner"]')).position };
    });
    assert.notEqual(look.pad, '0px', 'the banner is unstyled: ' + JSON.stringify(look));
    assert.equal(look.pos, 'fixed', 'the banner is not laid out by the widget stylesheet');
    // The blocked video's placeholder is styled too (through the CSSOM, which CSP allows).
    const ph = page.locator('.assent-placeholder[data-assent-placeholder="media"]');
    await ph.waitFor();
    assert.equal(await ph.evaluate((el) => getComputedStyle(el).borderTopStyle), 'dashed');
    await page.evaluate(() => Assent.ready);
    await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
    await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').check();
    await page.locator(PREFS + ' [data-assent-action="save"]').click();
    await page.waitForFunction(() => window.demoAnalytics === 1);
    assert.equal(await page.evaluate(() => window.demoAds), undefined, 'marketing ran without consent');
    const [r] = await waitSynced(page, 1);
    assert.equal(r.record.action, 'save');
    assert.equal((await ledgerRecord(r.record.id)).status, 200, 'the record did not reach the ledger');
    assert.deepEqual(await violations(), []);
    await context.close();
  } finally { await browser.close(); }
});

test('the README snippet on another origin under its CSP: inline gated script runs by nonce, no violation', async () => {
  const browser = await launch();
  try {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const snippet = readmeSnippet(readme, BASE, 'demo.assent.test');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${snippet}</head><body>
<h1>Shop</h1>
<script type="text/plain" data-assent-purpose="analytics" nonce="n0nce42">window.gatedRan = (window.gatedRan || 0) + 1;</script>
<script type="text/plain" data-assent-purpose="marketing" nonce="n0nce42">window.adsRan = 1;</script>
</body></html>`;
    const csp = policy(SHOP, BASE).replace("script-src ", "script-src 'nonce-n0nce42' ");
    const { context, page } = await sitePage(browser, { '/': { html, headers: { 'content-security-policy': csp } } }, null);
    const violations = await watch(context, page);
    await page.goto(SHOP + '/');
    await page.locator(BANNER).waitFor();
    await page.evaluate(() => Assent.ready);
    await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
    await page.waitForFunction(() => window.gatedRan === 1 && window.adsRan === 1);
    const [r] = await waitSynced(page, 1);
    assert.equal((await ledgerRecord(r.record.id)).status, 200);
    assert.deepEqual(await violations(), []);
    // Returning visitor: the stored choice runs the gated script at once, still without a violation.
    await page.reload();
    await page.waitForFunction(() => window.gatedRan === 1);
    assert.deepEqual(await violations(), []);
    await context.close();
  } finally { await browser.close(); }
});
