// `--published`, `--outlet`, `--url`, `--title` fill what an input lacks (issue 9, item 4): pasted text
// without a header used to warn "metadata unknown" and show every date as "—". And the table's
// "(* date is the default publication window)" footnote appears only when some row has a '*'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parley } from '../cli-memory/helpers.js';
import { readArticleString, fillMeta } from '../../src/article/index.js';

// Our own pasted-text sample: no header block, a weekday the date must be resolved from.
const PASTED = 'Vladimir Putin demanded on Thursday that Ukraine withdraw from the Donetsk region, two officials said.\n';
const UNDATED = 'Volodymyr Zelensky said Ukraine would never give up Donbas, his office said.\n';
const HEADER = 'url: https://example.org/a\noutlet: Header Wire\npublished: 2025-03-01\ntitle: From the header\n---\n';

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-meta-'));
  try {
    writeFileSync(join(dir, 'pasted.txt'), PASTED);
    writeFileSync(join(dir, 'undated.txt'), UNDATED);
    writeFileSync(join(dir, 'headed.txt'), HEADER + PASTED);
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('extract: --published resolves relative dates of text without a header; --outlet is its source; no footnote without a *', () => withDir((dir) => {
  const before = parley(['extract', 'pasted.txt'], dir);
  assert.equal(before.code, 0);
  assert.match(before.stderr, /metadata unknown/);
  assert.match(before.stdout, /RUS\s+DEMAND\s+territory\s+UA-14\s+—/);

  const r = parley(['extract', 'pasted.txt', '--published', '2025-08-16', '--outlet', 'Example Wire', '--title', 'Pasted'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '', 'the filled metadata answers the warnings');
  assert.match(r.stdout, /RUS\s+DEMAND\s+territory\s+UA-14\s+2025-08-14\s+Example Wire ×2/);
  assert.doesNotMatch(r.stdout, /\*/);
  assert.match(r.stdout, /^1 claims$/m);

  const json = JSON.parse(parley(['extract', 'pasted.txt', '--format', 'json', '--published', 'August 16, 2025'], dir).stdout.split('\n')[0]);
  assert.deepEqual(json.date.value, { from: '2025-08-14', to: '2025-08-14' });
}));

test('extract: a default date window keeps its * and its footnote', () => withDir((dir) => {
  const r = parley(['extract', 'undated.txt', '--published', '2025-08-16'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2025-08-02…2025-08-16\*/);
  assert.match(r.stdout, /claims \(\* date is the default publication window\)$/m);
}));

test('extract: the header wins over the options; bad option values are usage errors', () => withDir((dir) => {
  const r = parley(['extract', 'headed.txt', '--published', '2025-08-16', '--outlet', 'Example Wire'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2025-02-27\s+Header Wire/);
  for (const bad of [['--published', '2025-13-01'], ['--published', 'soon'], ['--url', 'javascript:alert(1)'], ['--outlet', ' ']]) {
    const u = parley(['extract', 'pasted.txt', ...bad], dir);
    assert.equal(u.code, 2, bad.join(' '));
    assert.match(u.stderr, new RegExp(`^parley extract: ${bad[0]}`), u.stderr);
  }
}));

test('ingest and eval take the same options', () => withDir((dir) => {
  const i = parley(['ingest', 'pasted.txt', '--db', 'p.db', '--published', '2025-08-16', '--outlet', 'Example Wire', '--url', 'https://example.org/pasted', '--title', 'Pasted'], dir);
  assert.equal(i.code, 0, i.stderr);
  assert.doesNotMatch(i.stderr, /warning/);
  const row = JSON.parse(parley(['export', '--db', 'p.db'], dir).stdout.split('\n')[0]);
  assert.equal(row.published ?? row.article?.published, '2025-08-16', JSON.stringify(row));
  const events = parley(['events', '--db', 'p.db'], dir);
  assert.match(events.stdout, /2025-08-14\s+RUS\s+DEMAND/);

  writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify({ doc: 'pasted', actor: 'RUS', type: 'DEMAND', issue: 'territory', regions: ['UA-14'], date: '2025-08-14', source: { outlet: 'Example Wire', count: 2 } }) + '\n');
  const e = parley(['eval', '--gold', 'gold.jsonl', 'pasted.txt', '--published', '2025-08-16', '--outlet', 'Example Wire', '--json'], dir);
  assert.equal(e.code, 0, e.stderr);
  const report = JSON.parse(e.stdout);
  assert.equal(report.strict.f1, 1);
  assert.equal(report.attributes.date, 1, e.stdout);
}));

test('fillMeta: fills only what is missing; the hash covers the filled values', () => {
  const [r] = readArticleString(PASTED, { source: 'pasted.txt' });
  const a = fillMeta(r, { published: '2025-08-16', outlet: 'Example Wire' });
  const b = fillMeta(r, { published: '2025-08-16', outlet: 'Example Wire' });
  const c = fillMeta(r, { published: '2025-08-17' });
  assert.equal(a.article!.meta.published, '2025-08-16');
  assert.equal(a.article!.meta.outlet, 'Example Wire');
  assert.equal(a.article!.hash, b.article!.hash);
  assert.notEqual(a.article!.hash, r.article!.hash);
  assert.notEqual(a.article!.hash, c.article!.hash);
  assert.deepEqual(a.problems, []);
  const [h] = readArticleString(HEADER + PASTED, { source: 'headed.txt' });
  const kept = fillMeta(h, { published: '2025-08-16', outlet: 'X' });
  assert.equal(kept.article!.meta.published, '2025-03-01');
  assert.equal(kept.article!.hash, h.article!.hash);
});
