// Shared helpers of the end-to-end tests: Debian Chromium through playwright-core, against `assent serve`.
import { chromium } from 'playwright-core';

export const BASE = process.env.ASSENT_URL || 'http://127.0.0.1:8080';

// Local Network Access checks are off: a page the tests serve through page.route counts as a public page, which
// Chromium would forbid to load anything from the loopback server (real sites and endpoints are both public).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--disable-features=LocalNetworkAccessChecks'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// newPage opens a fresh context (a first-time visitor) and records console messages and requests.
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  page.logs = [];
  page.requests = [];
  page.on('console', (m) => page.logs.push(m.type() + ': ' + m.text()));
  page.on('pageerror', (e) => page.logs.push('pageerror: ' + e.message));
  page.on('request', (r) => page.requests.push(r.url()));
  return { context, page };
}

// banner is the first layer inside the widget's open shadow root (Playwright's CSS engine pierces open roots).
export const BANNER = '[data-assent="banner"][role="dialog"]';
export const PREFS = '[data-assent="preferences"][role="dialog"]';

// waitSynced polls Assent.records() until n records all hold receipts, and returns them (waitForFunction does
// not await promises).
export async function waitSynced(page, n, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await page.evaluate(() => Assent.records());
    if (r.length === n && r.every((x) => x.receipt)) return r;
    if (Date.now() > end) throw new Error('not synced: ' + JSON.stringify(r.map((x) => [x.record.id, !!x.receipt, x.error])));
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

// ledgerRecord reads a record back from the endpoint with the site's key (record contents are private).
export function ledgerRecord(id, site = 'demo.assent.test') {
  const key = process.env.ASSENT_SITE_KEY || process.env.ASSENT_EXPORT_KEY;
  return fetch(BASE + '/v1/records/' + encodeURIComponent(id) + '?site=' + encodeURIComponent(site),
    { headers: key ? { Authorization: 'Bearer ' + key } : {} });
}

// readmeSnippet returns the install the README recommends (its first ```html block under the heading that
// starts with "## Install the widget"), pointed at url (for https://consent.example) and site (for shop.example).
export function readmeSnippet(readme, url, site) {
  const at = readme.search(/^## Install the widget/m);
  if (at < 0) throw new Error('README: no "## Install the widget" heading');
  const m = /```html\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!m) throw new Error('README: no html block under "## Install the widget"');
  return m[1].trim().replaceAll('https://consent.example', url).replaceAll('shop.example', site);
}
