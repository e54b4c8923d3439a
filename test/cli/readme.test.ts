// The README is the reference of every command and option: this fails when one is undocumented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from '../../src/cli/main.js';
import { ROOT } from '../helpers/paths.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

for (const name of Object.keys(COMMANDS)) {
  test(`README documents 'parley ${name}' and each of its options`, async () => {
    assert.ok(readme.includes(`parley ${name}`), `README has no section for 'parley ${name}'`);
    const { usage } = await COMMANDS[name]();
    const options = [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])].filter((o) => o !== '--help');
    assert.ok(options.length > 0, `'parley ${name} --help' lists no options`);
    for (const o of options) assert.ok(readme.includes(o), `README does not mention ${o} of 'parley ${name}'`);
  });
}

test('README quick start: two commands, one that runs the example and one that runs the tests', () => {
  const quick = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
  assert.match(quick, /npm install && npm run example/);
  assert.match(quick, /npm install && npm test/);
});

test("README's sample output is what the example commands print now (regenerate: npm run readme:sample)", () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'readme-sample.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('the README names what is required and documents the ingest token and the URL case of extract', () => {
  assert.match(readme, /## Requirements[\s\S]*python3[\s\S]*make[\s\S]*g\+\+/);
  assert.match(readme, /at least 8 characters/);
  assert.match(readme, /parley extract` reads files[^\n]*parley ingest/);
});

test('build-if-stale: builds when there is no stamp or a source is newer, not otherwise', async () => {
  const { staleReason } = await import(pathToFileURL(join(ROOT, 'scripts', 'build-if-stale.mjs')).href) as { staleReason: (root: string) => string | null };
  const dir = mkdtempSync(join(tmpdir(), 'parley-stale-'));
  try {
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'src', 'cli', 'main.ts'), '// source');
    assert.equal(staleReason(dir), 'no build yet');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', '.built'), 'now');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'src', 'cli', 'main.ts'), past, past);
    assert.equal(staleReason(dir), null);
    writeFileSync(join(dir, 'src', 'cli', 'main.ts'), '// changed');
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src', 'cli', 'main.ts'), future, future);
    assert.equal(staleReason(dir), 'src/cli/main.ts changed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
