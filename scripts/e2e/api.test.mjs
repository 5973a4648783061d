// window.Assent refuses bad input, and its TypeScript declarations (wasm/assent.d.ts, shipped as dist/assent.d.ts)
// are the loader's API: on a site of another origin than the widget, with the README's one-line install.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, BANNER, PREFS } from './lib.mjs';
import { sitePage, oneLine, demoConfig, launchCross as launch } from './crosssite.mjs';

const DTS = readFileSync(new URL('../../wasm/assent.d.ts', import.meta.url), 'utf8');
let browser, config;
before(async () => { browser = await launch(); config = await demoConfig(); });
after(async () => { await browser?.close(); });

// block returns the body of `interface NAME { ... }` in the declarations.
function block(name) {
  const start = DTS.indexOf(`interface ${name} {`);
  assert.ok(start >= 0, name + ' not declared');
  let depth = 0;
  for (let i = DTS.indexOf('{', start); i < DTS.length; i++) {
    if (DTS[i] === '{') depth++;
    if (DTS[i] === '}' && --depth === 0) return DTS.slice(DTS.indexOf('{', start) + 1, i);
  }
  throw new Error('unterminated ' + name);
}
// members lists the names declared at the top level of an interface body (comments left out).
function members(body) {
  const out = [];
  let depth = 0;
  for (const line of body.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')) {
    const m = depth === 0 && /^\s*(?:readonly\s+)?(\w+)\s*[(<:?]/.exec(line);
    if (m) out.push(m[1]);
    depth += (line.match(/[{(]/g) || []).length - (line.match(/[})]/g) || []).length;
  }
  return out.sort();
}

async function shop(path = '/') {
  const r = await sitePage(browser, { '/': oneLine('<main><h1>Shop</h1></main>'), '/assent.json': config }, path);
  await r.page.locator(BANNER).waitFor({ state: 'visible', timeout: 20000 });
  return r;
}

test('the declarations are the loader\'s API: members, event names, shipped in dist/', async () => {
  const { context, page } = await shop();
  const keys = await page.evaluate(() => Object.keys(Assent).sort());
  assert.deepEqual(keys, members(block('AssentAPI')));
  const events = members(block('AssentEvents'));
  assert.deepEqual(events, ['change', 'error', 'hide', 'show', 'synced']);
  // Each declared event is accepted, anything else is refused.
  const took = await page.evaluate((evs) => evs.map((e) => { try { Assent.on(e, () => {}); return true; } catch (x) { return x.name; } }), events);
  assert.deepEqual(took, events.map(() => true));
  const served = await (await fetch(BASE + '/assent.d.ts')).text();
  assert.equal(served, DTS, 'dist/assent.d.ts is wasm/assent.d.ts');
  await context.close();
});

test('bad input is refused with a TypeError naming the argument, and nothing is recorded or changed', async () => {
  const { context, page } = await shop();
  await page.evaluate(() => Assent.ready);
  const before = await page.evaluate(() => ({ state: Assent.get(), dl: dataLayer.length, ls: JSON.stringify(localStorage) }));
  const got = await page.evaluate(async () => {
    const out = {};
    const calls = {
      'save(string false)': () => Assent.save({ analytics: 'false' }),
      'save(unknown)': () => Assent.save({ bogus: true }),
      'save("analytics")': () => Assent.save('analytics'),
      'save(null)': () => Assent.save(null),
      'save([])': () => Assent.save([]),
      'save()': () => Assent.save(),
      'save(required off)': () => Assent.save({ necessary: false }),
      'save(1)': () => Assent.save({ analytics: 1 }),
      'acceptAll(x)': () => Assent.acceptAll({ analytics: true }),
      'rejectAll(x)': () => Assent.rejectAll('now'),
      'withdraw(x)': () => Assent.withdraw(true),
      'show(x)': () => Assent.show(2),
      'records(x)': () => Assent.records('all'),
      'decide(null)': () => Assent.decide(null),
      'validate(string)': () => Assent.validate('{}'),
    };
    for (const [k, f] of Object.entries(calls)) {
      let p;
      try { p = f(); } catch (e) { out[k] = 'threw synchronously: ' + e; continue; }
      out[k] = await p.then((v) => 'resolved ' + JSON.stringify(v), (e) => e.name + ': ' + e.message);
    }
    const sync = {
      'has(1)': () => Assent.has(1), 'has(unknown)': () => Assent.has('bogus'), 'get(x)': () => Assent.get('x'),
      'on(bogus)': () => Assent.on('bogus', () => {}), 'on(change, string)': () => Assent.on('change', 'x'),
      'off(bogus)': () => Assent.off('bogus', () => {}), 'off(hide, null)': () => Assent.off('hide', null),
    };
    for (const [k, f] of Object.entries(sync)) {
      try { out[k] = 'returned ' + f(); } catch (e) { out[k] = e.name + ': ' + e.message; }
    }
    return out;
  });
  const want = {
    'save(string false)': /choices\["analytics"\] must be a boolean, not the string "false"/,
    'save(unknown)': /unknown purpose "bogus"/,
    'save("analytics")': /save\(choices\): choices must be an object/,
    'save(null)': /choices must be an object .* not null/,
    'save([])': /choices must be an object .* not an array/,
    'save()': /choices must be an object .* not undefined/,
    'save(required off)': /"necessary" is required/,
    'save(1)': /choices\["analytics"\] must be a boolean, not number/,
    'acceptAll(x)': /acceptAll\(\) takes no argument/,
    'rejectAll(x)': /rejectAll\(\) takes no argument/,
    'withdraw(x)': /withdraw\(\) takes no argument/,
    'show(x)': /show\(\) takes no argument/,
    'records(x)': /records\(\) takes no argument/,
    'decide(null)': /decide\(scenario\): scenario must be an object/,
    'validate(string)': /validate\(config\): config must be an object/,
    'has(1)': /has\(purpose\): purpose must be a string/,
    'has(unknown)': /unknown purpose "bogus"/,
    'get(x)': /get\(\) takes no argument/,
    'on(bogus)': /on\(event, fn\): unknown event "bogus"/,
    'on(change, string)': /on\(event, fn\): fn must be a function/,
    'off(bogus)': /off\(event, fn\): unknown event "bogus"/,
    'off(hide, null)': /off\(event, fn\): fn must be a function/,
  };
  for (const [k, re] of Object.entries(want)) {
    assert.match(got[k], /^TypeError: /, k + ': ' + got[k]);
    assert.match(got[k], re, k);
  }
  // Nothing happened: no choice, no record, no Consent Mode update, the banner still asks.
  const after = await page.evaluate(() => ({ state: Assent.get(), dl: dataLayer.length, ls: JSON.stringify(localStorage) }));
  assert.deepEqual(after, before);
  assert.deepEqual(await page.evaluate(() => Assent.records()), []);
  assert.equal(await page.locator(BANNER).isVisible(), true);

  // Good input still works: exactly what was asked is recorded.
  await page.evaluate(() => Assent.save({ analytics: true }));
  const recs = await page.evaluate(() => Assent.records());
  assert.equal(recs.length, 1);
  assert.deepEqual(recs[0].record.purposes, { necessary: true, analytics: true, marketing: false, media: false });
  assert.equal(await page.evaluate(() => Assent.has('analytics') && !Assent.has('marketing')), true);
  await context.close();
});

test('bad input before the engine has loaded is refused as well, and events reach listeners', async () => {
  const { context, page } = await shop();
  // Straight away, engine or not.
  const early = await page.evaluate(() => Assent.save({ analytics: 'yes' }).then(() => 'resolved', (e) => e.name + ': ' + e.message));
  assert.match(early, /^TypeError: .*choices\["analytics"\] must be a boolean/);
  const seen = await page.evaluate(async () => {
    const ev = [];
    const log = (name) => (d) => ev.push(name + ':' + JSON.stringify(d));
    const onShow = log('show');
    Assent.on('show', onShow).on('hide', log('hide')).on('change', (s) => ev.push('change:' + s.decided));
    await Assent.showPreferences();
    await Assent.hide();
    Assent.off('show', onShow);
    await Assent.show();
    await Assent.rejectAll();
    return ev;
  });
  assert.deepEqual(seen, ['show:2', 'hide:null', 'hide:null', 'change:true']);
  assert.equal(await page.locator(PREFS).count(), 0);
  await context.close();
});
