// Placeholders of blocked frames on a site with no CSS of its own for them (another origin than the widget,
// one-line install): styled by the widget, the size of the frame they stand for, and nothing on the page moves
// when the frame loads in their place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BANNER } from './lib.mjs';
import { sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser, config;
before(async () => { browser = await launch(); config = await demoConfig(); });
after(async () => { await browser?.close(); });

const PAGE = `<main style="font:16px serif"><h1>Video</h1>
<iframe id="a" data-assent-purpose="media" data-src="about:blank#a" width="560" height="315" title="Video A"></iframe>
<p id="mid">Between the frames</p>
<iframe id="b" data-assent-purpose="media" data-src="about:blank#b" style="width:320px;height:180px;border:0" title="Video B"></iframe>
<p id="end">After the frames</p></main>`;

const rect = (page, sel) => page.locator(sel).evaluate((el) => { const r = el.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height), Math.round(r.y + scrollY)]; });

test('a blocked frame\'s placeholder is styled, sized like the frame, and the page does not move when it loads', async () => {
  const { context, page } = await sitePage(browser, { '/': oneLine(PAGE), '/assent.json': config });
  await page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  const ph = page.locator('[data-assent-placeholder="media"]');
  assert.equal(await ph.count(), 2);
  const [pa, pb] = [await rect(page, '[data-assent-placeholder]:nth-of-type(1)'), await ph.nth(1).evaluate((el) => { const r = el.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height), Math.round(r.y + scrollY)]; })];
  assert.deepEqual(pa.slice(0, 2), [564, 319], 'the size of a 560x315 frame with its 2px border');
  assert.deepEqual(pb.slice(0, 2), [320, 180]);
  // Styled by the widget: a visible box with a readable label and a button.
  const look = await ph.first().evaluate((el) => {
    const cs = getComputedStyle(el), b = getComputedStyle(el.querySelector('button'));
    return { bg: cs.backgroundColor, border: cs.borderStyle, display: cs.display, button: b.backgroundColor, minh: parseFloat(b.minHeight) };
  });
  assert.notEqual(look.bg, 'rgba(0, 0, 0, 0)');
  assert.equal(look.border, 'dashed');
  assert.equal(look.display, 'inline-block', 'laid out as the inline frame it stands for');
  assert.ok(look.minh >= 44, 'a button too small to tap');
  assert.match(await ph.first().textContent(), /blocked/);
  const before = [await rect(page, '#mid'), await rect(page, '#end')];

  await ph.first().locator('button').click();
  await page.waitForFunction(() => document.getElementById('a').src.endsWith('#a'));
  assert.equal(await ph.count(), 0);
  const fa = await rect(page, '#a'), fb = await rect(page, '#b');
  assert.deepEqual(fa.slice(0, 2), pa.slice(0, 2));
  assert.deepEqual(fb.slice(0, 2), pb.slice(0, 2));
  assert.deepEqual([await rect(page, '#mid'), await rect(page, '#end')], before, 'the page moved when the frames loaded');
  await context.close();
});
