// The skeleton's end-to-end check: the demo page served by `assent serve` runs the widget's wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, BANNER } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the demo page loads the engine and window.Assent answers', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(BASE + '/');
  await page.waitForFunction(() => window.Assent && typeof window.Assent.get === 'function');
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 15000 });
  const wasm = page.requests.filter((u) => u.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'one wasm fetched: ' + page.requests.join(' '));
  const decision = await page.evaluate(() => Assent.decide({ country: 'GB', channel: 'email', date: '2026-06-01' }));
  assert.equal(decision.model, 'opt_in');
  assert.ok(decision.reasons.length > 0 && decision.reasons[0].cite, 'reasons carry citations');
  // A bad scenario is refused with the field named, as `assent decide` refuses it (docs/contract.md section 6).
  for (const [bad, field] of [[{ country: 'XX', channel: 'email' }, 'country'], [{ country: 'GB', channel: 'email', colour: 'red' }, 'colour']]) {
    const msg = await page.evaluate((s) => Assent.decide(s).then(() => '', (e) => e.message), bad);
    assert.match(msg, new RegExp(field), JSON.stringify(bad));
  }
  assert.deepEqual(await page.evaluate(() => Assent.get().decided), false);
  await context.close();
});
