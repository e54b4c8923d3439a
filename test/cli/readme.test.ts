// The README is the reference of every command and option: this fails when one is undocumented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
