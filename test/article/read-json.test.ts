import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readArticleString } from '../../src/article/index.js';
import { ARTICLES, BAD, assertOffsetsRoundTrip, mustArticle, readAll } from './helpers.js';

test('.json array: record id or <base>-<n>, publisher {name}, datetime and RFC 2822 dates', async () => {
  const path = join(ARTICLES, 'wire.json');
  const rs = await readAll([path]);
  assert.equal(rs.length, 2);
  const [a, b] = rs.map(mustArticle);
  assert.equal(a.id, 'wire-0815');
  assert.equal(a.format, 'json');
  assert.deepEqual(a.meta, { url: 'https://wire.example.test/0815', outlet: 'Example Wire', published: '2025-08-15', title: 'Envoys propose phased withdrawal', lang: 'en' });
  assert.ok(a.body.startsWith('The envoys proposed a phased withdrawal'));
  assert.equal(b.id, 'wire-2');
  assert.deepEqual(b.meta, { url: null, outlet: 'Coastal Herald', published: '2025-08-15', title: 'Talks postponed', lang: null });
  assert.notEqual(a.hash, b.hash);
  assert.ok(a.source.startsWith(path));
  assertOffsetsRoundTrip(a);
});

test('.jsonl: one article per line, source {name}, bad date is a warning', async () => {
  const path = join(ARTICLES, 'feed.jsonl');
  const rs = await readAll([path]);
  assert.equal(rs.length, 3);
  const arts = rs.map(mustArticle);
  assert.deepEqual(arts.map((a) => a.id), ['feed-a', 'feed-2', 'feed-3']);
  assert.deepEqual(arts.map((a) => a.source), [`${path}:1`, `${path}:2`, `${path}:3`]);
  assert.equal(arts[1].meta.outlet, 'Nordic Ledger');
  assert.equal(arts[1].meta.published, '2025-08-10');
  assert.equal(arts[1].meta.url, 'https://ledger.example.test/fishing');
  assert.deepEqual(rs[2].problems.map((p) => [p.code, p.fatal, p.source]), [['bad-date', false, `${path}:3`]]);
});

test('.jsonl with bad lines: each bad line is its own Problem (file:LINE), the others go on', async () => {
  const path = join(BAD, 'broken.jsonl');
  const rs = await readAll([path]);
  const summary = rs.map((r) => (r.article ? `ok:${r.article.id}` : r.problems.filter((p) => p.fatal).map((p) => `${p.code}@${p.source.slice(path.length)}`).join()));
  assert.deepEqual(summary, ['ok:ok-1', 'bad-json@:2', 'no-text@:3', 'bad-json@:4', 'ok:broken-5']);
  for (const r of rs) for (const p of r.problems) assert.ok(p.message.startsWith(p.source));
});

test('.json that does not parse → fatal bad-json; object without text → no-text', async () => {
  const rs = await readAll([join(BAD, 'not-json.json'), join(BAD, 'no-text.json')]);
  assert.deepEqual(rs.map((r) => [r.article, r.problems.map((p) => [p.code, p.fatal])]), [
    [null, [['bad-json', true]]],
    [null, [['no-text', true]]],
  ]);
});

test('single JSON object; JSON Lines content in a .json file; sniffed JSON without extension', () => {
  const one = readArticleString('{"text":"The envoy proposed talks.","outlet":"Harbour Post","published":"2025-08-01"}', { source: 'dir/single.json' });
  assert.equal(one.length, 1);
  assert.equal(mustArticle(one[0]).id, 'single-1');
  assert.equal(one[0].article?.meta.outlet, 'Harbour Post');

  const lines = readArticleString('{"text":"One."}\n{"text":"Two."}\n', { source: 'dir/lines.json' });
  assert.deepEqual(lines.map((r) => r.article?.body), ['One.', 'Two.']);

  const sniffed = readArticleString('  [{"body":"Sniffed body.","id":7}]', { source: 'stdin' });
  assert.equal(mustArticle(sniffed[0]).id, '7');
  assert.equal(sniffed[0].article?.format, 'json');
});

test('JSON edge cases never throw: scalars, empty array, deep nesting, non-string fields', () => {
  const cases = ['42', '[]', '"text"', 'null', '['.repeat(100_000) + ']'.repeat(100_000), '{"text": 5}', '{"text": ["Para one.", "Para two."], "publisher": [{"name": "Wire"}], "date": 20250801}'];
  for (const c of cases) {
    const rs = readArticleString(c, { source: 'edge.json' });
    assert.ok(rs.length >= 1);
    for (const r of rs) for (const p of r.problems) assert.ok(!p.message.includes('\n'));
  }
  const last = readArticleString(cases[cases.length - 1], { source: 'edge.json' })[0];
  assert.equal(mustArticle(last).body, 'Para one.\n\nPara two.');
  assert.equal(last.article?.meta.outlet, 'Wire');
  assert.equal(last.article?.meta.published, '2025-08-01');
});
