// Assent's own demo site, audited by `assent audit` as a regulator would: it must come out clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE } from './lib.mjs';

test('assent audit finds no violation on the demo shop', async () => {
  const out = mkdtempSync(join(tmpdir(), 'assent-audit-'));
  const { code, stdout, stderr } = await new Promise((ok) => execFile('./bin/assent',
    ['audit', BASE + '/', '--out', out, '--timeout', '120s'], { timeout: 180000 },
    (err, stdout, stderr) => ok({ code: err ? err.code : 0, stdout, stderr })));
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const findings = report.findings.map((f) => `${f.severity} ${f.code}: ${f.message}`);
  assert.deepEqual(findings, [], stdout + stderr);
  assert.equal(code, 0, stdout + stderr);
  assert.ok(readFileSync(join(out, 'report.html'), 'utf8').includes('<img'), 'the HTML report embeds screenshots');
});
