// The site's pages that run the rules engine in the browser: the decision tool and the comparison table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, launch, newPage, BANNER } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('decision tool: a GB customer email with every soft opt-in condition gets a soft opt-in memo with citations', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB', viewport: { width: 1000, height: 1400 } });
  await page.goto(BASE + '/decide.html');
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click({ timeout: 15000 });
  await page.selectOption('select[name=country]', 'GB');
  await page.selectOption('select[name=channel]', 'email');
  await page.fill('input[name=date]', '2026-06-01');
  await page.selectOption('select[name=relationship]', 'customer');
  for (const f of ['similar_products', 'optout_at_collection', 'optout_in_every_message']) await page.check(`input[name=${f}]`);
  await page.click('button[type=submit]');
  const memo = page.locator('#memo .memo');
  await memo.waitFor({ state: 'visible' });
  const text = await memo.textContent();
  assert.match(text, /soft opt-in/i);
  assert.match(text, /PECR/);
  assert.ok(await page.locator('#memo a[href^="https://"]').count() > 0, 'reasons link their sources');
  const shot = await memo.screenshot();
  assert.ok(shot.length > 5000 && shot.subarray(1, 4).toString() === 'PNG', 'memo screenshot');
  writeFileSync(join(process.env.ASSENT_E2E_OUT || '.', 'decide-memo.png'), shot);

  // Taking away the opt-out at collection turns it into opt-in, and the memo names the failed condition.
  await page.uncheck('input[name=optout_at_collection]');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => /opt-in/i.test(document.querySelector('#memo').textContent) && !/every soft opt-in condition holds/.test(document.querySelector('#memo').textContent));
  assert.match(await page.locator('#memo').textContent(), /22\(3\)/);
  await context.close();
});

test('comparison table lists every country with a model per situation', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(BASE + '/compare.html');
  const rows = await page.locator('table tbody tr').count();
  assert.ok(rows >= 32, 'rows: ' + rows);
  const text = await page.locator('table').textContent();
  for (const c of ['France', 'Germany', 'United Kingdom', 'Norway', 'Switzerland']) assert.match(text, new RegExp(c));
  await context.close();
});
