// Issue 10, item 4: nothing from the data drives the terminal. Escape and OSC sequences in article
// text and outlet names are printed escaped in tables, and a file name with a newline or an escape
// cannot forge a second stderr line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneLine, terminalSafe } from '../../src/util/terminal.js';
import { parley } from '../cli-memory/helpers.js';
import { tempDir } from '../store/helpers.js';

const ESC = '\u001b';
const BEL = '\u0007';
const CSI = '\u009b';
/** Any raw control character except newline (tab is never printed by the tables either). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('oneLine escapes every control character, terminalSafe keeps lines and tabs', () => {
  assert.equal(oneLine(`a\nb\r${ESC}]0;x${BEL}\t${CSI}2J\u202e`), 'a\\nb\\r\\e]0;x\\u0007\\t\\u009b2J\\u202e');
  assert.equal(terminalSafe(`line 1\n\tline ${ESC}[2J2\n`), 'line 1\n\tline \\e[2J2\n');
  assert.equal(oneLine('Zelensky said “no” — 100 km²'), 'Zelensky said “no” — 100 km²');
});

function hostileArticle(dir: string): string {
  const file = join(dir, 'hostile.txt');
  writeFileSync(file, [
    'url: https://example.org/x',
    `outlet: Evil${ESC}]0;pwned${BEL} Wire`,
    'published: 2025-03-01',
    `title: Title ${ESC}[2J`,
    '---',
    `Russia demanded that Ukraine withdraw from Donetsk ${ESC}[2J${ESC}]0;retitled${BEL}${CSI}31m at once.`,
    '',
  ].join('\n'));
  return file;
}

test('parley extract prints a table with the escapes of an article and its outlet escaped', () => {
  const { dir, cleanup } = tempDir('parley-term-');
  try {
    const r = parley(['extract', hostileArticle(dir)], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /DEMAND/);
    assert.doesNotMatch(r.stdout, RAW_CONTROL, JSON.stringify(r.stdout));
    assert.match(r.stdout, /Evil\\e\]0;pwned\\u0007 Wire/);
    assert.match(r.stdout, /Donetsk \\e\[2J\\e\]0/);
    assert.doesNotMatch(r.stderr, RAW_CONTROL);
  } finally { cleanup(); }
});

test('events, positions and search tables escape article text and outlet names', () => {
  const { dir, cleanup } = tempDir('parley-term-');
  try {
    const ing = parley(['ingest', hostileArticle(dir), '--db', 't.db'], dir);
    assert.equal(ing.code, 0, ing.stderr);
    for (const args of [['events'], ['positions'], ['search', 'Donetsk']]) {
      const r = parley([...args, '--db', 't.db'], dir);
      assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
      assert.doesNotMatch(r.stdout, RAW_CONTROL, `${args[0]}: ${JSON.stringify(r.stdout)}`);
      assert.doesNotMatch(r.stderr, RAW_CONTROL, args[0]);
    }
    const events = parley(['events', '--db', 't.db'], dir);
    assert.match(events.stdout, /Evil\\e\]0;pwned\\u0007 Wire|\\e\[2J/);
  } finally { cleanup(); }
});

test('a file name with a newline or an escape is one escaped stderr line', () => {
  const { dir, cleanup } = tempDir('parley-term-');
  try {
    const name = `bad\nforged.txt: error: all is well${ESC}[2J.txt`;
    writeFileSync(join(dir, name), '');
    for (const cmd of [['extract', name], ['ingest', name, '--db', 'n.db']]) {
      const r = parley(cmd, dir);
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stderr, RAW_CONTROL, JSON.stringify(r.stderr));
      const lines = r.stderr.trim().split('\n').filter((l) => l.includes('forged'));
      assert.equal(lines.length, 1, JSON.stringify(r.stderr));
      assert.ok(lines[0].startsWith('bad\\nforged.txt: error: all is well\\e[2J.txt: '), lines[0]);
    }
  } finally { cleanup(); }
});

test('JSON output to a file or pipe keeps the data (JSON escapes control characters itself)', () => {
  const { dir, cleanup } = tempDir('parley-term-');
  try {
    const r = parley(['extract', hostileArticle(dir), '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const claim = JSON.parse(r.stdout.trim().split('\n')[0]);
    assert.ok(claim.source.outlet.includes(`${ESC}]0;pwned${BEL}`) || claim.quote.includes(ESC), 'the data is unchanged in JSON');
  } finally { cleanup(); }
});
