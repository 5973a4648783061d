// Times the widget against vanilla-cookieconsent 3.1.0 on one page template, in headless Debian Chromium, served
// brotli by the same server in the same run. The Assent page uses the install snippet the README recommends
// (its first ```html block under "## Install the widget"), with https://consent.example and shop.example replaced
// by this server and the demo site. Run through scripts/bench-widget, which serves the pages.
//
// Prints, as medians: script start to visible banner (loopback, and slow 4G with the CPU 4x slower), bytes
// fetched before the banner was visible, the page's Largest Contentful Paint on slow 4G, the time from a click
// to its sealed record, and a returning visitor's time to the applied choice.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { launch, readmeSnippet } from '../e2e/lib.mjs';

const URL = process.env.BENCH_URL, DIR = process.env.BENCH_DIR, SITE = process.env.BENCH_SITE || 'demo.assent.test';
const RUNS = +(process.env.RUNS || 9), SLOW_RUNS = +(process.env.SLOW_RUNS || 5);

const snippet = readmeSnippet(readFileSync(new globalThis.URL('../../README.md', import.meta.url), 'utf8'), URL, SITE);

// One template: the same content; only the consent tool differs. t0 is taken just before the tool's script.
// The hero image is the page's Largest Contentful Paint candidate, as on a shop's landing page.
const page = (head, probe) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>
<script>window.__t0 = performance.now(); new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });</script>
${head}</head><body><main><h1>Shop</h1><img src="/hero.svg" width="800" height="400" alt="">
${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(20)}</main>
<script>(function poll(){var el=(${probe})();if(el&&el.getBoundingClientRect().height>0){window.__banner=performance.now()-window.__t0;return;}requestAnimationFrame(poll);})();</script>
</body></html>`;
// A 60 KB picture, so the page has an LCP that competes with the consent tool for the network.
writeFileSync(DIR + '/hero.svg', `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">${
  Array.from({ length: 700 }, (_, i) => `<circle cx="${(i * 37) % 800}" cy="${(i * 53) % 400}" r="${5 + (i % 30)}" fill="#${((i * 2654435761) >>> 8 & 0xffffff).toString(16).padStart(6, '0')}"/>`).join('')}</svg>`);
writeFileSync(DIR + '/assent.html', page(snippet,
  'function(){var r=document.getElementById("assent-root");return r&&r.shadowRoot&&r.shadowRoot.querySelector("[data-assent=banner]")}'));
writeFileSync(DIR + '/cc.html', page(`<link rel="stylesheet" href="/cookieconsent.css"><script src="/cookieconsent.umd.js"></script>
<script>/* as its docs load it: deferred (a module script) */ addEventListener('DOMContentLoaded', () => CookieConsent.run({hideFromBots:false,categories:{necessary:{enabled:true,readOnly:true},analytics:{},marketing:{}},
language:{default:'en',translations:{en:{consentModal:{title:'Your privacy choices',description:'We use cookies.',
acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',showPreferencesBtn:'Customise'},preferencesModal:{title:'Preferences',
acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',savePreferencesBtn:'Save',sections:[]}}}}}));</script>`,
  'function(){return document.querySelector("#cc-main .cm")}'));

// Precompressed siblings, as the widget's own files have: the server sends them to browsers that accept brotli.
for (const f of ['hero.svg', 'cookieconsent.umd.js', 'cookieconsent.css']) {
  writeFileSync(`${DIR}/${f}.br`, brotliCompressSync(readFileSync(`${DIR}/${f}`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const browser = await launch();
const SLOW = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

// visit loads path as a first-time visitor and returns the banner time, the tool's bytes before it (encoded
// body bytes of every resource but the page and the hero picture that finished before the banner), and LCP.
async function visit(path, slow, click) {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const p = await ctx.newPage();
  if (slow) {
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await p.goto(URL + path, { waitUntil: 'commit' });
  await p.waitForFunction(() => window.__banner !== undefined, null, { timeout: 60000, polling: 50 });
  const r = await p.evaluate(() => {
    const t = window.__banner + window.__t0;
    const bytes = performance.getEntriesByType('resource').filter((e) => !e.name.endsWith('/hero.svg') && e.responseEnd <= t)
      .reduce((n, e) => n + e.encodedBodySize, 0);
    return { banner: window.__banner, bytes };
  });
  if (slow) {
    await p.waitForLoadState('load');
    await p.waitForTimeout(1000);
    r.lcp = await p.evaluate(() => window.__lcp);
  }
  if (click) {
    // The first click, as early as a visitor could make it: the time until its record is sealed in IndexedDB.
    const t = await p.evaluate(async () => {
      const t0 = performance.now();
      const root = document.getElementById('assent-root').shadowRoot;
      root.querySelector('[data-assent-action="reject-all"]').click();
      for (;;) {
        const recs = await Assent.records();
        if (recs.length) return performance.now() - t0;
        await new Promise((ok) => setTimeout(ok, 5));
      }
    });
    r.sealed = t;
  }
  await ctx.close();
  return r;
}

async function returning() {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const p = await ctx.newPage();
  await p.goto(URL + '/assent.html');
  await p.waitForFunction(() => window.__banner !== undefined, null, { timeout: 20000 });
  await p.evaluate(async () => { await Assent.rejectAll(); });
  await p.waitForFunction(() => Object.keys(localStorage).every((k) => !k.includes(':pending:')));
  await p.evaluate(async () => { for (;;) { const r = await Assent.records(); if (r.every((x) => x.synced)) return; await new Promise((ok) => setTimeout(ok, 50)); } });
  const times = [], wasm = [];
  p.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  for (let i = 0; i < RUNS; i++) {
    await p.addInitScript(() => window.addEventListener('assent:change', () => { window.__applied = performance.now() - window.__t0; }, { once: true }));
    await p.reload();
    await p.waitForFunction(() => window.__applied !== undefined);
    times.push(await p.evaluate(() => window.__applied));
  }
  await ctx.close();
  return { times, wasm };
}

const fast = { a: [], c: [] }, slow = { a: [], c: [] };
for (let i = 0; i < RUNS; i++) {
  fast.a.push(await visit('/assent.html', false, true));
  fast.c.push(await visit('/cc.html', false, false));
}
for (let i = 0; i < SLOW_RUNS; i++) {
  slow.a.push(await visit('/assent.html', true, false));
  slow.c.push(await visit('/cc.html', true, false));
}
const ret = await returning();
await browser.close();

const m = (rows, k) => median(rows.map((r) => r[k]));
const f = (x, d = 1) => x.toFixed(d).padStart(8);
const ratio = (a, c) => (a / c).toFixed(2);
console.log(`\nheadless Chromium; the README's install against vanilla-cookieconsent 3.1.0, same page, same server (brotli)`);
console.log(`install measured: ${snippet.replace(/\s*\n\s*/g, ' ')}`);
console.log(`                                          assent   vanilla-cc   ratio`);
console.log(`banner visible, loopback (ms, median of ${RUNS})  ${f(m(fast.a, 'banner'))}   ${f(m(fast.c, 'banner'))}   ${ratio(m(fast.a, 'banner'), m(fast.c, 'banner'))}`);
console.log(`banner visible, slow 4G + CPU 4x (ms, of ${SLOW_RUNS}) ${f(m(slow.a, 'banner'))}   ${f(m(slow.c, 'banner'))}   ${ratio(m(slow.a, 'banner'), m(slow.c, 'banner'))}`);
console.log(`bytes before the banner (encoded)         ${f(m(fast.a, 'bytes'), 0)}   ${f(m(fast.c, 'bytes'), 0)}   ${ratio(m(fast.a, 'bytes'), m(fast.c, 'bytes'))}`);
console.log(`page LCP, slow 4G + CPU 4x (ms)           ${f(m(slow.a, 'lcp'))}   ${f(m(slow.c, 'lcp'))}   ${ratio(m(slow.a, 'lcp'), m(slow.c, 'lcp'))}`);
console.log(`first click to sealed record, loopback (ms) ${f(m(fast.a, 'sealed'))}`);
console.log(`returning visitor, choice applied (ms)    ${f(median(ret.times))}   wasm requests: ${ret.wasm.length}`);
