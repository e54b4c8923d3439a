import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDate, parseTextArticle, readArticleString } from '../../src/article/index.js';
import { ARTICLES, BAD, assertOffsetsRoundTrip, mustArticle, readOne } from './helpers.js';

test('header block: meta, id, source, hash, cleaned body', async () => {
  const path = join(ARTICLES, 'geneva-talks.txt');
  const r = await readOne(path);
  const a = mustArticle(r);
  assert.equal(a.id, 'geneva-talks');
  assert.equal(a.source, path);
  assert.equal(a.format, 'text');
  assert.deepEqual(a.meta, {
    lang: 'en',
    url: 'https://example-wire.test/2025/08/17/geneva-grain-talks',
    outlet: 'Example Wire',
    published: '2025-08-17',
    title: 'Delegations trade proposals on grain corridor in Geneva',
  });
  assert.match(a.hash, /^[0-9a-f]{64}$/);
  assert.ok(a.rawBody.startsWith('GENEVA – Negotiators'));
  assert.ok(a.rawBody.includes('Continues after advertising'));
  for (const junk of ['Continues after advertising', 'Also read', 'Advertisement', 'Share this article', 'Follow us', 'FREE ACCESS', 'BONDS PORTFOLIO']) {
    assert.ok(!a.body.includes(junk), `body still contains ${junk}`);
  }
  assert.ok(a.body.includes('demanded guarantees that naval escorts'));
  assert.ok(a.body.endsWith('at the end of the month.'));
  assert.deepEqual(r.problems, []);
  assert.deepEqual(a.warnings, []);
  assertOffsetsRoundTrip(a);
});

test('case-insensitive keys, unknown values, "Month D, YYYY" date, stray date prefix', async () => {
  const a = mustArticle(await readOne(join(ARTICLES, 'baltic-ferry.txt')));
  assert.deepEqual(a.meta, { url: null, outlet: 'Nordic Ledger', published: '2025-08-03', title: null, lang: 'en' });
  assert.ok(a.body.startsWith('The two governments agreed'), a.body.slice(0, 40));
  assert.ok(!a.body.includes('Read more'));
  assert.ok(!a.body.includes('Subscribe'));
  assert.ok(!a.body.includes('\n\n\n'), 'blank lines collapsed');
  assertOffsetsRoundTrip(a);
});

test('published: unknown → null with an unknown-date warning (.md is read as text)', async () => {
  const r = await readOne(join(ARTICLES, 'unknown-date.md'));
  const a = mustArticle(r);
  assert.equal(a.meta.published, null);
  assert.equal(a.meta.title, 'Observer mission proposed for the northern crossing');
  assert.deepEqual(a.warnings.map((w) => [w.code, w.fatal]), [['unknown-date', false]]);
  assert.deepEqual(r.problems, a.warnings);
});

test('no header at all → whole text is the body, meta null, no-header warning', async () => {
  const r = await readOne(join(ARTICLES, 'notes-no-header.txt'));
  const a = mustArticle(r);
  assert.deepEqual(a.meta, { url: null, outlet: null, published: null, title: null, lang: 'en' });
  assert.ok(a.rawBody.startsWith('The mediators proposed'));
  assert.deepEqual(r.problems.map((p) => p.code), ['no-header']);
  assert.equal(r.problems[0].fatal, false);
});

test('impossible date → bad-date warning with the agreed message, published null', async () => {
  const path = join(BAD, 'bad-date.txt');
  const r = await readOne(path);
  const a = mustArticle(r);
  assert.equal(a.meta.published, null);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].code, 'bad-date');
  assert.equal(r.problems[0].fatal, false);
  assert.equal(r.problems[0].source, path);
  assert.ok(r.problems[0].message.includes("published date '2025-02-30' is not a real date; relative dates will not be resolved"));
});

test('unparseable date → bad-date warning', async () => {
  const r = await readOne(join(BAD, 'garbled-date.txt'));
  assert.equal(mustArticle(r).meta.published, null);
  assert.deepEqual(r.problems.map((p) => [p.code, p.fatal]), [['bad-date', false]]);
  assert.match(r.problems[0].message, /last Tuesday-ish/);
});

test('header lines but no --- → fatal bad-header naming the file', async () => {
  const path = join(BAD, 'no-separator.txt');
  const r = await readOne(path);
  assert.equal(r.article, null);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].code, 'bad-header');
  assert.equal(r.problems[0].fatal, true);
  assert.ok(r.problems[0].message.includes(path));
  assert.ok(!r.problems[0].message.includes('\n'));
});

test('header with no body → fatal no-text', async () => {
  const r = await readOne(join(BAD, 'header-only.txt'));
  assert.equal(r.article, null);
  assert.deepEqual(r.problems.map((p) => [p.code, p.fatal]), [['no-text', true]]);
});

test('CRLF line ends are handled and \\r never reaches the body', () => {
  const text = 'url: unknown\r\noutlet: Harbour Post\r\npublished: 2025-08-05\r\ntitle: unknown\r\n---\r\nFirst paragraph.\r\nAdvertisement\r\nSecond paragraph.\r\n';
  const [r] = readArticleString(text, { source: 'mem/crlf.txt' });
  const a = mustArticle(r);
  assert.equal(a.id, 'crlf');
  assert.equal(a.meta.outlet, 'Harbour Post');
  assert.equal(a.meta.published, '2025-08-05');
  assert.equal(a.body, 'First paragraph.\nSecond paragraph.');
  assertOffsetsRoundTrip(a);
});

test('parseTextArticle keeps the raw body verbatim after the --- line', () => {
  const p = parseTextArticle('title: T\n---\n  indented first line\nsecond\n', 'x.txt');
  assert.equal(p.rawBody, '  indented first line\nsecond\n');
  assert.equal(p.meta?.title, 'T');
});

test('parseDate: formats and impossible dates', () => {
  const ok: Array<[string, string]> = [
    ['2025-08-17', '2025-08-17'],
    ['2025-08-17T23:30:00-05:00', '2025-08-17'],
    ['2025-08-17T10:00:00.000Z', '2025-08-17'],
    ['2025-08-17 10:00', '2025-08-17'],
    ['17 August 2025', '2025-08-17'],
    ['17 Aug 2025', '2025-08-17'],
    ['17th August, 2025', '2025-08-17'],
    ['August 17, 2025', '2025-08-17'],
    ['Aug. 17, 2025', '2025-08-17'],
    ['Sunday, August 17, 2025', '2025-08-17'],
    ['Sun, 17 Aug 2025 10:00:00 +0000', '2025-08-17'],
    ['Sun, 17 Aug 2025 10:00:00 GMT', '2025-08-17'],
    ['2024-02-29', '2024-02-29'],
    ['2025/8/7', '2025-08-07'],
  ];
  for (const [input, want] of ok) assert.deepEqual(parseDate(input), { ok: true, date: want }, input);
  for (const bad of ['2025-02-30', '2023-02-29', '2025-13-01', '31 April 2025', 'February 30, 2025']) {
    assert.deepEqual(parseDate(bad), { ok: false, reason: 'impossible' }, bad);
  }
  for (const junk of ['yesterday', '', 'Smarch 3, 2025', '17/08/2025 maybe', 'x'.repeat(1000)]) {
    assert.deepEqual(parseDate(junk), { ok: false, reason: 'unparseable' }, junk.slice(0, 20));
  }
});
