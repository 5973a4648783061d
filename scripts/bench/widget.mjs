// Times the widget against vanilla-cookieconsent 3.1.0 on one page template, in headless Debian Chromium.
// Run through scripts/bench-widget, which serves the pages.
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/lib.mjs';

const URL = process.env.BENCH_URL, DIR = process.env.BENCH_DIR, RUNS = +(process.env.RUNS || 15);

// One template: the same content; only the consent tool differs. t0 is taken just before the tool's script.
const page = (head, probe) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>
<script>window.__t0 = performance.now();</script>${head}</head><body><main><h1>Shop</h1>
${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(20)}</main>
<script>(function poll(){var el=(${probe})();if(el&&el.getBoundingClientRect().height>0){window.__banner=performance.now()-window.__t0;return;}requestAnimationFrame(poll);})();</script>
</body></html>`;

writeFileSync(DIR + '/assent.html', page('<script src="/assent.js" data-config="/assent.json"></script>',
  'function(){var r=document.getElementById("assent-root");return r&&r.shadowRoot&&r.shadowRoot.querySelector("[data-assent=banner]")}'));
writeFileSync(DIR + '/cc.html', page(`<link rel="stylesheet" href="/cookieconsent.css"><script src="/cookieconsent.umd.js"></script>
<script>/* as its docs load it: deferred (a module script) */ addEventListener('DOMContentLoaded', () => CookieConsent.run({hideFromBots:false,categories:{necessary:{enabled:true,readOnly:true},analytics:{},marketing:{}},
language:{default:'en',translations:{en:{consentModal:{title:'Your privacy choices',description:'We use cookies.',
acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',showPreferencesBtn:'Customise'},preferencesModal:{title:'Preferences',
acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',savePreferencesBtn:'Save',sections:[]}}}}}));</script>`,
  'function(){return document.querySelector("#cc-main .cm")}'));

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p90 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };
const browser = await launch();

async function firstVisit(path) {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const p = await ctx.newPage();
  await p.goto(URL + path);
  await p.waitForFunction(() => window.__banner !== undefined, null, { timeout: 20000 });
  const t = await p.evaluate(() => window.__banner);
  await ctx.close();
  return t;
}

async function returning() {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const p = await ctx.newPage();
  await p.goto(URL + '/assent.html');
  await p.waitForFunction(() => window.__banner !== undefined, null, { timeout: 20000 });
  await p.evaluate(() => Assent.rejectAll());
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

const a = [], c = [];
for (let i = 0; i < RUNS; i++) { a.push(await firstVisit('/assent.html')); c.push(await firstVisit('/cc.html')); }
const r = await returning();
await browser.close();
const f = (x) => x.toFixed(1).padStart(7);
console.log(`\nheadless Chromium, ${RUNS} runs each, ms from tool script start (median / p90)`);
console.log(`first visit, banner visible   assent ${f(median(a))} / ${f(p90(a))}   vanilla-cookieconsent 3.1.0 ${f(median(c))} / ${f(p90(c))}`);
console.log(`returning visitor, applied    assent ${f(median(r.times))} / ${f(p90(r.times))}   wasm requests: ${r.wasm.length}`);
