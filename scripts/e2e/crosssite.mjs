// A site on another origin than the widget, the way a site owner installs it: its pages and its assent.json
// come from the site, the loader, the engine and the endpoint from BASE. The site is http://localhost:PORT
// while BASE is http://127.0.0.1:PORT: another origin, and one `assent serve` allows by default (its own port
// on localhost). Its paths are answered by Playwright's routing, so Chromium's Local Network Access checks
// (which cannot tell a routed response's address space) are switched off in this browser.
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_ARGS, newPage } from './lib.mjs';

export const SHOP = BASE.replace('//127.0.0.1:', '//localhost:');

export async function launchCross() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'] });
}

// demoConfig is the demo site's config as the endpoint serves it (verifier_key filled in).
export async function demoConfig() {
  return (await fetch(BASE + '/assent.json')).json();
}

// oneLine is a page with the README's one-line install in <head>, then head and body as given.
export function oneLine(body, { head = '', attrs = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script src="${BASE}/assent.js" data-config="/assent.json"${attrs}></script>${head}</head><body>${body}</body></html>`;
}

// sitePage opens a fresh visitor on SHOP + path (nothing when path is null), with files answering SHOP's paths:
// a string is an HTML page, {html, headers} one with response headers (a CSP), another object JSON, a number an HTTP status with no body, null a failed connection.
// Other paths of SHOP are 404.
export async function sitePage(browser, files, path = '/', opts = {}) {
  const { context, page } = await newPage(browser, { locale: 'en-GB', ...opts });
  await context.route((u) => u.origin === SHOP && !u.pathname.startsWith('/v1/'), (route) => {
    const f = files[new URL(route.request().url()).pathname];
    if (f === undefined) return route.fulfill({ status: 404, body: 'not found' });
    if (f === null) return route.abort('connectionrefused');
    if (typeof f === 'number') return route.fulfill({ status: f, body: '' });
    if (typeof f === 'string') return route.fulfill({ contentType: 'text/html', body: f });
    if (f && typeof f.html === 'string') return route.fulfill({ contentType: 'text/html', headers: f.headers, body: f.html });
    return route.fulfill({ json: f });
  });
  if (path !== null) await page.goto(SHOP + path);
  return { context, page };
}
