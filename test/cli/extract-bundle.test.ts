// The extract command's bundle (scripts/bundle-cli.mjs, dist/src/bundle/): bin/parley.js loads it for `extract`, and
// its output must be the modules' own, byte for byte (json, the fullest format, on the example articles and the
// golden fixtures). Needs `npm run build`, which makes the bundle when esbuild is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, FIXTURES, ROOT } from '../helpers/paths.js';

const BUNDLE = join(ROOT, 'dist', 'src', 'bundle', 'main.js');
const MODULES = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SKIP = existsSync(BUNDLE) && existsSync(MODULES) && statSync(BUNDLE).mtimeMs >= statSync(MODULES).mtimeMs
  ? false : 'skipped: no current bundle in dist/src/bundle (npm run build makes it when esbuild is installed)';

const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });

test('extract through the bundle prints what the modules print', { skip: SKIP }, () => {
  const inputs = [join(ROOT, 'examples', 'articles'), join(FIXTURES, 'golden')].filter((p) => existsSync(p));
  assert.ok(inputs.length > 0);
  const args = ['extract', '--format', 'json', ...inputs];
  const bundled = run([BIN, ...args]);
  // (The modules, as the launcher loads them for every other command.)
  const modules = run(['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(pathToFileURL(MODULES).href)}); process.exitCode = await main(${JSON.stringify(args)});`]);
  assert.equal(bundled.status, modules.status);
  assert.ok(bundled.stdout.length > 1000, 'claims printed');
  assert.equal(bundled.stdout, modules.stdout);
  assert.equal(bundled.stderr, modules.stderr);
});
