// The config builder (site/builder.html), on `assent serve` (scripts/test-e2e) and on the Worker in workerd
// (scripts/test-worker runs this file against `wrangler dev`): the pages and the tools wasm are served with
// their types; the preview is the real banner, built in the page by the tools wasm, and keeps following the
// edits with the network cut; invalid input shows its finding; the download is the config shown, and
// `assent validate` finds no error in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, launch, newPage, BANNER, PREFS } from './lib.mjs';

const SHOTS = process.env.ASSENT_SCREENSHOTS; // a directory: the README's screenshots are saved there

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the site owner\'s pages and the tools wasm are served, each with its content type', async () => {
  for (const [path, type] of [['/builder.html', 'text/html'], ['/builder-frame.html', 'text/html'],
    ['/console.html', 'text/html'], ['/verify.html', 'text/html'], ['/tools.wasm', 'application/wasm'],
    ['/wasm_exec.js', 'javascript'], ['/assent.js', 'javascript'], ['/demo.css', 'text/css'], ['/assent.json', 'application/json']]) {
    const r = await fetch(BASE + path);
    assert.equal(r.status, 200, path);
    assert.ok((r.headers.get('content-type') || '').includes(type), path + ': ' + r.headers.get('content-type'));
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    const body = Buffer.from(await r.arrayBuffer());
    if (type === 'application/wasm') assert.deepEqual([...body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], path + ' is not wasm');
    if (type === 'text/html') assert.match(body.toString(), /^<!doctype html>/i, path);
  }
});

test('the config builder: edits show in the real banner at once, offline too; invalid input shows its finding; the result validates', async () => {
  const { context, page } = await newPage(browser, { acceptDownloads: true });
  await page.goto(BASE + '/builder.html');
  const frame = page.frameLocator('#preview');
  const banner = frame.locator(BANNER);
  await banner.waitFor({ state: 'visible', timeout: 90000 }); // the tools wasm (1.1 MB brotli) compiles first: slow on a loaded machine
  await page.locator('#findings li.ok').waitFor(); // the demo's config is valid

  // Loaded: from here on the network is cut, and the builder needs none of it.
  await context.setOffline(true);
  const online = page.requests.length;

  // Edit the title: the preview's banner says it.
  await page.fill('#f-title', 'Cookies on the builder shop');
  await frame.locator(BANNER + ':has-text("Cookies on the builder shop")').waitFor({ timeout: 15000 });
  // Another language: the banner in French (the demo config's French texts).
  await page.selectOption('#p-lang', 'fr');
  await frame.locator(BANNER + ':has-text("Vos choix de confidentialité")').waitFor({ timeout: 15000 });
  await page.selectOption('#p-lang', 'en');
  // The preferences layer shows an edited purpose label.
  await page.locator('#purposes .purpose').nth(1).locator('.p-label').fill('Audience measurement');
  await page.selectOption('#p-layer', 'preferences');
  await frame.locator(PREFS + ':has-text("Audience measurement")').waitFor({ timeout: 15000 });
  assert.equal(await page.textContent('#preview-status'), 'Preview: en, FR, preferences.');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'console-builder.png') });

  // Invalid input: each finding appears as it is typed, with its citation, and goes when fixed.
  await page.fill('#f-controller', '');
  await page.locator('#findings li.error[data-code="controller_missing"]').waitFor();
  assert.match(await page.textContent('#findings li[data-code="controller_missing"]'), /GDPR Art\. 13/);
  await page.locator('#f-reject').uncheck();
  await page.locator('#findings li.error[data-code="reject_not_on_first_layer"]').waitFor();
  await page.locator('#f-reject').check();
  await page.fill('#f-controller', 'Builder Shop SAS');
  await page.locator('#findings li.ok').waitFor();

  // Download: the file is the config shown, and `assent validate` finds no error in it.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  const text = readFileSync(await dl.path(), 'utf8');
  assert.equal(text, await page.inputValue('#json'));
  const cfg = JSON.parse(text);
  assert.equal(cfg.controller.name, 'Builder Shop SAS');
  assert.equal(cfg.purposes[1].label.en, 'Audience measurement');
  const dir = mkdtempSync(join(tmpdir(), 'assent-builder-'));
  writeFileSync(join(dir, 'assent.json'), text);
  execFileSync('bin/assent', ['validate', join(dir, 'assent.json')], { stdio: 'pipe' }); // throws on exit 1 or 2

  // Nothing the page did offline asked the server: the page and its preview frame (the frame's loader still
  // tries the engine's files, wasm_exec.js and the wasm, which a preview never runs: not counted).
  const asked = page.requests.slice(online).filter((u) => u.startsWith(BASE));
  assert.deepEqual(asked.filter((u) => !/\.wasm(\?|$)|\/i18n\/|wasm_exec/.test(u)), [], 'requests to the server while offline');
  await context.close();
});
