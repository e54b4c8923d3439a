// Issue 10, item 5: a publication date before 1900 (configurable for archives) or more than a day in
// the future is refused with a warning, and the article's claims keep no date ("9999-12-31" made a
// step dated 9999-12-17 the latest stance).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleString } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';
import { parley } from '../cli-memory/helpers.js';
import { tempDir } from '../store/helpers.js';

const article = (published: string) => `outlet: Example Wire\npublished: ${published}\n---\nRussia demanded that Ukraine withdraw from Donetsk.\n`;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test('a publication date far in the future is dropped with a warning, and the claim keeps no date', () => {
  const [r] = readArticleString(article('9999-12-31'), { source: 'future.txt' });
  assert.ok(r.article);
  assert.equal(r.article.meta.published, null);
  const w = r.problems.find((p) => p.code === 'implausible-date');
  assert.ok(w && !w.fatal);
  assert.equal(w.message, 'future.txt: published date 9999-12-31 is more than a day in the future; ignored, so its claims keep no default date');
  assert.ok(r.article.warnings.includes(w));
  const claims = extract(r.article);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].date.value, null);
});

test('tomorrow is accepted (time zones), the day after is not', () => {
  assert.equal(readArticleString(article(day(1)), { source: 'a.txt' })[0].article?.meta.published, day(1));
  assert.equal(readArticleString(article(day(0)), { source: 'a.txt' })[0].article?.meta.published, day(0));
  assert.equal(readArticleString(article(day(3)), { source: 'a.txt' })[0].article?.meta.published, null);
});

test('a date before 1900 is refused unless the reader is told an earlier limit (archives)', () => {
  const [old] = readArticleString(article('1854-10-25'), { source: 'old.txt' });
  assert.equal(old.article?.meta.published, null);
  assert.match(old.problems.map((p) => p.message).join('\n'), /published date 1854-10-25 is before 1900-01-01 \(see --earliest\)/);
  const [archive] = readArticleString(article('1854-10-25'), { source: 'old.txt', earliest: '1800-01-01' });
  assert.equal(archive.article?.meta.published, '1854-10-25');
  assert.deepEqual(archive.problems.filter((p) => p.code === 'implausible-date'), []);
});

test('HTML and JSON records are checked too', () => {
  const [h] = readArticleString('<html><head><meta property="article:published_time" content="9999-12-31"></head><body><article><p>Russia demanded that Ukraine withdraw from Donetsk. It said so again.</p></article></body></html>', { source: 'p.html' });
  assert.equal(h.article?.meta.published, null);
  const rs = readArticleString('{"id":"a","published":"9999-12-31","text":"Russia demanded that Ukraine withdraw from Donetsk."}\n{"id":"b","published":"2025-01-02","text":"Ukraine rejected it."}\n', { source: 'r.jsonl' });
  assert.deepEqual(rs.map((r) => r.article?.meta.published), [null, '2025-01-02']);
});

test('parley extract and ingest warn and take --earliest; a bad --earliest is a usage error', () => {
  const { dir, cleanup } = tempDir('parley-dates-');
  try {
    writeFileSync(join(dir, 'old.txt'), article('1854-10-25'));
    const x = parley(['extract', 'old.txt', '--format', 'eval'], dir);
    assert.equal(x.code, 0, x.stderr);
    assert.match(x.stderr, /^old\.txt: warning: published date 1854-10-25 is before 1900-01-01 \(see --earliest\); ignored/m);
    const ok = parley(['extract', 'old.txt', '--format', 'eval', '--earliest', '1800-01-01'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.doesNotMatch(ok.stderr, /1854/);
    assert.match(ok.stdout, /1854-10/);
    assert.equal(parley(['extract', 'old.txt', '--earliest', '1900-13-01'], dir).code, 2);
    const i = parley(['ingest', 'old.txt', '--db', 'd.db', '--earliest', '1800-01-01'], dir);
    assert.equal(i.code, 0, i.stderr);
    assert.doesNotMatch(i.stderr, /1854/);
  } finally { cleanup(); }
});
