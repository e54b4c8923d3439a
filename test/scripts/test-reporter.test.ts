// The test summary counts and names what was skipped (issue 9, item 8): Node's own spec reporter
// counts a skipped test but not a skipped suite, so the skipped browser suite read "skipped 0".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';

const REPORTER = join(ROOT, 'scripts', 'test-reporter.mjs');

test('a skipped suite and a skipped test are both counted and named with their reasons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-reporter-'));
  try {
    const file = join(dir, 'sample.test.mjs');
    writeFileSync(file, `import { describe, test } from 'node:test';
describe('browser suite', { skip: 'skipped: no browser here' }, () => { test('inner', () => {}); });
test('plain skip', { skip: 'no data' }, () => {});
test('runs', () => {});
`);
    // Without NODE_TEST_CONTEXT the child runs as a top-level run (not as a subtest of this one).
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const r = spawnSync(process.execPath, ['--test', `--test-reporter=${pathToFileURL(REPORTER).href}`, '--test-reporter-destination=stdout', file], { encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n').map((l) => l.trim());
    assert.ok(lines.includes('ℹ skipped 2'), r.stdout);
    assert.ok(lines.includes('ℹ skipped: browser suite (no browser here)'), r.stdout);
    assert.ok(lines.includes('ℹ skipped: plain skip (no data)'), r.stdout);
    // Node's closing counts stay the last lines, where CI reads them.
    assert.match(r.stdout.trimEnd().split('\n').slice(-1)[0], /duration_ms/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm test runs with that reporter', () => {
  assert.match(readFileSync(join(ROOT, 'scripts', 'run-tests.mjs'), 'utf8'), /test-reporter\.mjs/);
});
