// Runs every compiled test file with Node's test runner (Node 20's --test does not expand globs).
// Extra arguments filter test files by substring: `node scripts/run-tests.mjs extract cli`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = find('dist/test').filter((f) => !filters.length || filters.some((x) => f.includes(x)));
if (!files.length) { console.error('no test files found under dist/test (did the build run?)'); process.exit(1); }
// scripts/test-reporter.mjs is Node's spec reporter with skipped suites counted and every skip named.
const reporter = new URL('./test-reporter.mjs', import.meta.url).href;
const r = spawnSync(process.execPath, ['--test', `--test-reporter=${reporter}`, '--test-reporter-destination=stdout', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
