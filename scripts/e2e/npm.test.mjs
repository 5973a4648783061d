// The npm package (npm/, @assent/widget) as a front-end developer meets it: `npm pack` makes a tarball with the
// module, its types (the loader's own wasm/assent.d.ts) and nothing else; importing it on the server touches no
// global; an app that imports it, bundled by esbuild from the packed tarball, loads the widget through it on a
// site of another origin, the visitor rejects in the banner, the app's own state follows through the package's
// change subscription, and the records reach the ledger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BASE, BANNER, waitSynced, ledgerRecord } from './lib.mjs';
import { sitePage, SHOP, launchCross as launch } from './crosssite.mjs';

const root = new URL('../../', import.meta.url);
const PKG = new URL('npm/', root);
const SITE = 'demo.assent.test';
const LOADER = `${BASE}/v1/sites/${SITE}/assent.js`;
const tmp = mkdtempSync(join(tmpdir(), 'assent-npm-'));
let browser, files, installed;

before(async () => {
  // npm pack (its prepack copies wasm/assent.d.ts in), then "install" the tarball as an app would have it.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: PKG, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tgz = join(tmp, packed.filename);
  files = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).trim().split('\n').sort();
  installed = join(tmp, 'app', 'node_modules', '@assent', 'widget');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', installed, '--strip-components=1']);
  browser = await launch();
});
after(async () => { await browser?.close(); rmSync(tmp, { recursive: true, force: true }); });

test('npm pack: the module, its types and the README, nothing else; the API types are the loader\'s own', () => {
  assert.deepEqual(files, ['package/README.md', 'package/assent.d.ts', 'package/index.d.ts', 'package/index.js', 'package/package.json']);
  assert.equal(readFileSync(join(installed, 'assent.d.ts'), 'utf8'), readFileSync(new URL('wasm/assent.d.ts', root), 'utf8'),
    'the package\'s assent.d.ts is wasm/assent.d.ts');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.deepEqual(pkg.exports, { '.': { types: './index.d.ts', default: './index.js' } });
  assert.equal(pkg.types, './index.d.ts');
  assert.equal(pkg.dependencies, undefined, 'no dependency, no framework');
  assert.equal(pkg.peerDependencies, undefined);
  // index.d.ts declares exactly what index.js exports, and re-exports the API's types.
  const js = readFileSync(join(installed, 'index.js'), 'utf8');
  const dts = readFileSync(join(installed, 'index.d.ts'), 'utf8');
  const names = (s, re) => [...s.matchAll(re)].map((m) => m[1]).sort();
  assert.deepEqual(names(dts, /^export function (\w+)/gm), names(js, /^export function (\w+)/gm));
  assert.match(dts, /^export \* from '\.\/assent\.js';$/m);
  assert.match(dts, /import type \{ AssentAPI, AssentPurposeId \} from '\.\/assent\.js'/);
});

test('server rendering: importing the package touches no global (window, document) and changes none; load() rejects clearly, the helpers answer "no consent"', async () => {
  const touched = [];
  const names = ['window', 'document', 'navigator', 'localStorage', 'Assent', 'dataLayer'];
  const saved = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n));
  for (const name of names) {
    Object.defineProperty(globalThis, name, { configurable: true, get() { touched.push(name); return undefined; } });
  }
  const before = Object.getOwnPropertyNames(globalThis).sort();
  let mod;
  try {
    mod = await import(pathToFileURL(join(installed, 'index.js')).href);
    assert.deepEqual(touched, [], 'nothing runs on import');
    assert.deepEqual(Object.getOwnPropertyNames(globalThis).sort(), before, 'no global added');
  } finally {
    names.forEach((n, i) => { delete globalThis[n]; if (saved[i]) Object.defineProperty(globalThis, n, saved[i]); });
  }
  assert.deepEqual(Object.keys(mod).sort(), ['assent', 'consented', 'load', 'subscribe']);
  await assert.rejects(mod.load({ src: LOADER }), /assent: load\(\) needs a browser/);
  await assert.rejects(mod.load({}), TypeError);
  assert.equal(mod.assent(), null);
  assert.equal(mod.consented('analytics'), false);
  let called = 0;
  const stop = mod.subscribe('analytics', () => called++);
  assert.equal(typeof stop, 'function');
  stop();
  assert.equal(called, 0);
  assert.throws(() => mod.subscribe(1, () => {}), TypeError);
});

// APP is a small framework-free app: its own state and rendering, the widget loaded through the package (twice,
// as two components would), its state kept by subscribe() and on('change').
const APP = `import { load, subscribe, consented, assent } from '@assent/widget';
const state = { analytics: consented('analytics'), changes: 0, last: null, same: null, error: null };
window.appState = state;
const out = document.getElementById('analytics');
const render = () => { out.textContent = state.analytics ? 'analytics on' : 'analytics off'; };
subscribe('analytics', (ok) => { state.analytics = ok; state.changes++; render(); });
render();
const src = document.documentElement.dataset.loader;
Promise.all([load({ src }), load({ src })]).then(([a, b]) => {
  state.same = a === b && a === window.Assent && assent() === a;
  a.on('change', (s) => { state.last = s; });
  document.body.dataset.loaded = 'yes';
}, (e) => { state.error = String(e); });
window.appLoad = load;
window.appConsented = consented;
`;
const HTML = `<!doctype html><html lang="en" data-loader="${LOADER}"><head><meta charset="utf-8"><title>App</title></head>
<body><main id="app"><h1>App</h1><p id="analytics">...</p></main><script type="module" src="/app.js"></script></body></html>`;

async function bundle() {
  mkdirSync(join(tmp, 'app'), { recursive: true });
  writeFileSync(join(tmp, 'app', 'app.js'), APP);
  const r = await build({ absWorkingDir: join(tmp, 'app'), entryPoints: ['app.js'], bundle: true, format: 'esm',
    platform: 'browser', write: false, logLevel: 'silent' });
  const js = r.outputFiles[0].text;
  assert.ok(js.includes('needs a browser'), 'the package is in the bundle');
  return js;
}

test('an esbuild bundle of an app importing the package: the widget loads once, the visitor rejects in the banner, the app\'s state follows, the records reach the ledger', async () => {
  const js = await bundle();
  const { context, page } = await sitePage(browser, { '/': HTML }, null);
  await context.route(SHOP + '/app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: js }));
  await page.goto(SHOP + '/');
  await page.waitForSelector('body[data-loaded="yes"]', { timeout: 20000 });
  assert.equal(await page.evaluate((src) => document.querySelectorAll(`script[src="${src}"]`).length, LOADER), 1, 'one script tag');
  assert.equal(await page.evaluate(() => appState.same), true, 'both load() calls resolve to window.Assent');
  assert.equal(await page.textContent('#analytics'), 'analytics off');

  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => appState.last && appState.last.decided, null, { timeout: 10000 });
  const s1 = await page.evaluate(() => ({ ...appState }));
  assert.equal(s1.changes, 1, 'the subscriber heard the choice once');
  assert.equal(s1.last.purposes.analytics, false);
  assert.equal(await page.textContent('#analytics'), 'analytics off');
  assert.equal(await page.locator(BANNER).count(), 0, 'the banner is gone');
  assert.equal(await page.evaluate(() => { try { appConsented('bogus'); return 'no error'; } catch (e) { return e.name; } }), 'TypeError',
    'a purpose the config does not have is refused, not read as "no"');

  // A later choice through the API the package handed over: the app's own state follows it.
  await page.evaluate(() => window.Assent.acceptAll());
  await page.waitForFunction(() => document.getElementById('analytics').textContent === 'analytics on', null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => appState.changes), 2);

  const recs = await waitSynced(page, 2);
  assert.deepEqual(recs.map((r) => r.record.action).sort(), ['accept_all', 'reject_all']);
  for (const r of recs) {
    const res = await ledgerRecord(r.record.id, SITE);
    assert.equal(res.status, 200, 'record ' + r.record.id + ' not in the ledger');
    assert.deepEqual((await res.json()).record, r.record);
  }
  assert.deepEqual(page.logs.filter((l) => l.startsWith('pageerror')), []);
  await context.close();
});

test('the README\'s React and Next.js examples build against the packed package (esbuild; react and next left external)', async () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const at = readme.indexOf('\n## npm package');
  assert.ok(at > 0, 'README: no "## npm package" section');
  const section = readme.slice(at, readme.indexOf('\n## ', at + 5));
  const blocks = [...section.matchAll(/```(jsx|tsx)\n([\s\S]*?)```/g)];
  assert.deepEqual(blocks.map((b) => b[1]), ['jsx', 'tsx']);
  for (const [, lang, code] of blocks) {
    const file = join(tmp, 'app', 'example.' + lang);
    writeFileSync(file, code);
    // esbuild fails on an import the package does not export.
    const r = await build({ absWorkingDir: join(tmp, 'app'), entryPoints: [file], bundle: true, format: 'esm', write: false,
      external: ['react', 'react/*', 'next', 'next/*'], jsx: 'automatic', logLevel: 'silent' });
    assert.equal(r.errors.length, 0);
  }
  assert.match(blocks[0][2], /export function useConsent\(purpose\)/);
  assert.match(blocks[0][2], /subscribe\(purpose, onChange\)/);
});

test('load() in the browser: bad options are refused with a TypeError, a script that cannot be fetched rejects naming its URL', async () => {
  const js = await bundle();
  const { context, page } = await sitePage(browser, { '/': HTML.replace(LOADER, BASE + '/nope/assent.js') }, null);
  await context.route(SHOP + '/app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: js }));
  await page.goto(SHOP + '/');
  await page.waitForFunction(() => appState.error, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => appState.error), `Error: assent: could not load ${BASE}/nope/assent.js`);
  const refused = await page.evaluate(async () => {
    const out = [];
    for (const o of [undefined, {}, { src: '' }, { src: '/x.js', attributes: { onload: 'alert(1)' } }]) {
      try { await appLoad(o); out.push('resolved'); } catch (e) { out.push(e.name); }
    }
    return out;
  });
  assert.deepEqual(refused, ['TypeError', 'TypeError', 'TypeError', 'TypeError']);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src$="/x.js"]').length), 0, 'nothing inserted');
  await context.close();
});
