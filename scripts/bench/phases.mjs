// Where a first visit's time goes, in headless Chromium: loader start, engine wasm downloaded, compiled, Go
// running, banner visible. Run through scripts/bench-widget's server (BENCH_URL) after it wrote assent.html.
import { launch } from '../e2e/lib.mjs';

const URL = process.env.BENCH_URL, RUNS = +(process.env.RUNS || 9);
const browser = await launch();
const rows = [];
for (let i = 0; i < RUNS; i++) {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const p = await ctx.newPage();
  await p.addInitScript(() => {
    const mark = (k) => { (window.__ph = window.__ph || {})[k] = performance.now() - (window.__t0 || 0); };
    const is = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = function () { mark('instantiate called'); return is.apply(this, arguments).then((r) => { mark('compiled'); return r; }); };
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      mark('indexedDB.open called');
      const r = open.apply(this, arguments);
      r.addEventListener('success', () => mark('indexedDB open'));
      return r;
    };
    const f = window.fetch;
    window.fetch = function (u) {
      const n = String(u && u.url || u).split('/').pop().replace(/\.[0-9a-f]{12}\./, '.');
      mark('fetch ' + n + ' called');
      return f.apply(this, arguments);
    };
    Object.defineProperty(window, 'Go', { configurable: true, set(G) {
      const run = G.prototype.run;
      G.prototype.run = function () { mark('go run'); return run.apply(this, arguments); };
      Object.defineProperty(window, 'Go', { value: G, writable: true, configurable: true });
    } });
  });
  await p.goto(URL + '/assent.html');
  await p.waitForFunction(() => window.__banner !== undefined, null, { timeout: 20000 });
  rows.push(await p.evaluate(() => {
    const ph = Object.assign({}, window.__ph);
    for (const e of performance.getEntriesByType('resource')) {
      const n = e.name.split('/').pop().replace(/\.[0-9a-f]{12}\./, '.');
      ph[n + ' done'] = e.responseEnd - window.__t0;
    }
    ph['banner visible'] = window.__banner;
    for (const m of performance.getEntriesByType('mark')) ph[m.name] = m.startTime - window.__t0;
    return ph;
  }));
  await ctx.close();
}
await browser.close();
const keys = [...new Set(rows.flatMap(Object.keys))];
const med = (k) => { const v = rows.map((r) => r[k]).filter((x) => x !== undefined).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
for (const k of keys.sort((a, b) => med(a) - med(b))) console.log(`${k.padEnd(28)} ${med(k).toFixed(1).padStart(7)} ms`);
