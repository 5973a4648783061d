// Shared helpers of the end-to-end tests: Debian Chromium through playwright-core, against `assent serve`.
import { chromium } from 'playwright-core';

export const BASE = process.env.ASSENT_URL || 'http://127.0.0.1:8080';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

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
