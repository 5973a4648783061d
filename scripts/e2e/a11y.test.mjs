// Accessibility as a keyboard user meets it, on a site of another origin than the widget (one-line install):
// Tab order, Enter, Escape, focus returning to the control that opened a layer, a visible focus ring on every
// control, the preferences as a true modal (backdrop, the page behind inert and not clickable) and a name for
// every control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BANNER, PREFS } from './lib.mjs';
import { sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

let browser, config;
before(async () => { browser = await launch(); config = await demoConfig(); });
after(async () => { await browser?.close(); });

const PAGE = `<header><a href="#privacy" id="open" data-assent-open>Privacy choices</a></header>
<main><h1>Shop</h1><button id="buy" onclick="window.bought = (window.bought || 0) + 1">Buy</button>
<p id="after">More text</p></main>`;

async function shop(cfg = config) {
  const r = await sitePage(browser, { '/': oneLine(PAGE), '/assent.json': cfg });
  await r.page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  return r;
}
// focused describes the focused element, inside the widget's shadow root too.
const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  const layer = a && a.closest('[data-assent]');
  return a ? [layer ? layer.getAttribute('data-assent') : 'page', a.getAttribute('data-assent-action') || a.getAttribute('data-assent-purpose') || a.id || a.tagName.toLowerCase()].join(' ') : 'none';
});
// ring is the focused element's focus indicator: its outline when it has one.
const ring = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  const cs = getComputedStyle(a);
  return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? cs.outlineStyle + ' ' + cs.outlineWidth : 'none';
});
// tabTo presses Tab until the focused element is want (at most n times), and returns what was passed on the way.
async function tabTo(page, want, n = 30) {
  const seen = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (f === want) return seen;
  }
  throw new Error('never reached ' + want + ': ' + seen.join(', '));
}

test('banner and preferences by keyboard: Tab order, focus rings, Enter, a true modal, Escape, focus back on Customise', async () => {
  const { context, page } = await shop();
  await page.evaluate(() => Assent.ready);
  assert.equal(await focused(page), 'banner reject-all', 'focus starts on the first choice');
  assert.notEqual(await ring(page), 'none', 'no focus ring on reject-all');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'banner accept-all');
  assert.notEqual(await ring(page), 'none', 'no focus ring on accept-all');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'banner preferences');
  assert.notEqual(await ring(page), 'none', 'no focus ring on Customise');
  await page.keyboard.press('Enter');
  await page.locator(PREFS).waitFor({ state: 'visible' });
  assert.equal(await focused(page), 'preferences close');

  // A true modal: a backdrop covers the page, which is inert and cannot be clicked.
  assert.equal(await page.locator('[data-assent="backdrop"]').isVisible(), true);
  assert.equal(await page.evaluate(() => document.querySelector('main').inert && document.querySelector('header').inert), true);
  const buy = await page.evaluate(() => { const r = document.getElementById('buy').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; });
  await page.mouse.click(buy[0], buy[1]);
  assert.equal(await page.evaluate(() => window.bought), undefined, 'the page behind the preferences took a click');

  // Tab stays in the dialog, every stop has a ring, Shift+Tab from the first goes to the last.
  const stops = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.match(f, /^preferences /, 'focus left the preferences: ' + f);
    assert.notEqual(await ring(page), 'none', 'no focus ring on ' + f);
    stops.push(f);
  }
  for (const s of ['preferences analytics', 'preferences marketing', 'preferences media', 'preferences reject-all', 'preferences accept-all', 'preferences save']) {
    assert.ok(stops.includes(s), s + ' not reachable by Tab: ' + stops.join(', '));
  }
  // Space ticks a box, Escape closes without recording, focus returns to Customise, the page is live again.
  await tabTo(page, 'preferences analytics');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').isChecked(), true);
  await page.keyboard.press('Escape');
  await page.locator(BANNER).waitFor({ state: 'visible' });
  assert.equal(await page.locator(PREFS).count(), 0);
  assert.equal(await focused(page), 'banner preferences', 'focus did not return to Customise');
  assert.equal(await page.locator('[data-assent="backdrop"]').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('main').inert || document.querySelector('header').inert), false);
  assert.equal(await page.evaluate(() => Assent.get().decided), false);

  // Enter on Reject all records the choice; the page is clickable.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'banner reject-all');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Assent.get().decided);
  await page.click('#buy');
  assert.equal(await page.evaluate(() => window.bought), 1);
  // No self-check warning for layers that were opened and closed: only problems that exist are reported.
  await page.waitForTimeout(500);
  assert.deepEqual(page.logs.filter((l) => /^(warning|error)/.test(l) && l.includes('assent')), []);
  await context.close();
});

test('the reopen control and data-assent-open by keyboard: focus ring, Enter opens, Escape closes, focus returns to the opener', async () => {
  const { context, page } = await shop();
  await page.locator(BANNER + ' [data-assent-action="reject-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  await page.evaluate(() => document.activeElement.blur());

  // The floating reopen control: reached by Tab, a visible ring, a name.
  await tabTo(page, 'reopen BUTTON'.replace('BUTTON', 'button'));
  assert.notEqual(await ring(page), 'none', 'no focus ring on the reopen control');
  assert.equal(await page.locator('[data-assent="reopen"]').getAttribute('aria-label'), 'Privacy choices');
  await page.keyboard.press('Enter');
  await page.locator(PREFS).waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  assert.equal(await page.locator(PREFS).count(), 0);
  assert.equal(await focused(page), 'reopen button', 'focus did not return to the reopen control');

  // A data-assent-open link on the page.
  await page.evaluate(() => document.activeElement.blur());
  await tabTo(page, 'page open');
  await page.keyboard.press('Enter');
  await page.locator(PREFS).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.querySelector('header').inert), true);
  await page.locator(PREFS + ' [data-assent-action="close"]').click();
  assert.equal(await page.locator(PREFS).count(), 0);
  assert.equal(await focused(page), 'page open', 'focus did not return to the link');
  assert.equal(await page.evaluate(() => document.querySelector('header').inert), false);

  // Save by keyboard closes and returns focus too.
  await page.keyboard.press('Enter');
  await page.locator(PREFS).waitFor({ state: 'visible' });
  await tabTo(page, 'preferences save');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(PREFS).count(), 0);
  assert.equal(await focused(page), 'page open');
  await context.close();
});

test('every control has a name a screen reader reads, and each layer is a named dialog', async () => {
  const { context, page } = await shop();
  await page.locator(BANNER + ' [data-assent-action="preferences"]').click();
  await page.locator(PREFS).waitFor({ state: 'visible' });
  const snap = await page.locator(PREFS).ariaSnapshot();
  for (const line of snap.split('\n')) {
    const m = /^\s*- (button|checkbox|link|dialog)(?: "([^"]*)")?/.exec(line);
    if (m) assert.ok(m[2] && m[2].trim(), 'unnamed ' + m[1] + ': ' + line);
  }
  for (const name of ['Analytics', 'Marketing', 'Strictly necessary']) {
    assert.equal(await page.getByRole('checkbox', { name }).count(), 1, name);
  }
  assert.equal(await page.getByRole('dialog', { name: /privacy|preferences|choices/i }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Close' }).count(), 1);
  await context.close();
});

test('reopen_control: false: no floating control, and data-assent-open still opens the preferences', async () => {
  const { context, page } = await shop({ ...config, reopen_control: false });
  await page.locator(BANNER + ' [data-assent-action="accept-all"]').click();
  await page.waitForFunction(() => Assent.get().decided);
  await page.reload();
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('[data-assent="reopen"]').count(), 0);
  await page.click('#open');
  await page.locator(PREFS).waitFor({ state: 'visible' });
  assert.equal(await page.locator(PREFS + ' input[data-assent-purpose="analytics"]').isChecked(), true);
  await context.close();
});
