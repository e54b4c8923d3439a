// The shape of extract()'s output that users see (issue 9, item 8): ids count 1…n without gaps,
// quotes end at a word, `date.value` is always a day range or null, mentions hold plain strings.
// Run over every article fixture we wrote (golden, own corpora, web), so merging happens often.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { readArticleString } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';
import { toEvalRecord } from '../../src/eval/record.js';
import type { Article } from '../../src/article/types.js';
import { compactDate, isoDate, toDayRange } from '../../src/util/dates.js';

const DIRS = ['golden', 'own-corpus/articles', 'web/articles', 'memory/articles'].map((d) => join(FIXTURES, d));
const articles: Article[] = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort().map((f) => {
  const [r] = readArticleString(readFileSync(join(dir, f)), { source: f });
  assert.ok(r.article, f);
  return r.article;
}));
const all = articles.map((a) => ({ a, claims: extract(a) }));
const DAY = /^\d{4}-\d{2}-\d{2}$/;

test('fixtures give enough claims to mean something', () => {
  assert.ok(articles.length >= 30, `${articles.length} articles`);
  assert.ok(all.reduce((n, x) => n + x.claims.length, 0) >= 150);
});

test('claim ids are doc#1 … doc#n in output order, and conditions name claims of the output', () => {
  for (const { a, claims } of all) {
    assert.deepEqual(claims.map((c) => c.id), claims.map((_, i) => `${a.id}#${i + 1}`), a.id);
    const ids = new Set(claims.map((c) => c.id));
    for (const c of claims) for (const k of c.conditions) assert.ok(ids.has(k), `${c.id}: condition ${k} is not a claim of the output`);
  }
});

test('quotes end at a word: no trailing punctuation or space, and still slice the body at their spans', () => {
  let checked = 0;
  for (const { a, claims } of all) {
    for (const c of claims) {
      for (const q of [c, ...c.evidence]) {
        assert.doesNotMatch(q.quote, /[\s.,;:!?…]$/u, `${c.id}: «${q.quote}»`);
        assert.equal(a.body.slice(q.span[0], q.span[1]), q.quote, `${c.id}: span`);
        checked++;
      }
      assert.equal(a.rawBody.slice(c.rawSpan[0], c.rawSpan[1]).replace(/\s+/g, ' '), c.quote.replace(/\s+/g, ' '), `${c.id}: raw span`);
    }
  }
  assert.ok(checked > 150);
});

test('date.value is always {from, to} in whole days, or null', () => {
  for (const { claims } of all) {
    for (const c of claims) {
      const v = c.date.value;
      if (v === null) continue;
      assert.equal(typeof v, 'object', `${c.id}: ${JSON.stringify(v)}`);
      assert.deepEqual(Object.keys(v as object).sort(), ['from', 'to'], c.id);
      const { from, to } = v as { from: string; to: string };
      assert.match(from, DAY, c.id);
      assert.match(to, DAY, c.id);
      assert.ok(from <= to, c.id);
    }
  }
});

test('mentions carry plain values, never JSON inside a string; a date mention is an ISO 8601 day, month or interval', () => {
  let dates = 0;
  for (const { claims } of all) {
    for (const c of claims) {
      for (const m of c.mentions) {
        assert.equal(typeof m.value, 'string');
        assert.doesNotMatch(m.value, /^[{["]/, `${c.id}: ${m.kind} ${m.value}`);
        if (m.kind === 'date') { dates++; assert.match(m.value, /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}-\d{2}-\d{2})?$/, `${c.id}: ${m.value}`); }
      }
    }
  }
  assert.ok(dates > 10, `${dates} date mentions`);
});

test('the eval export writes the spec\'s shortest date form back', () => {
  const [c] = all.find((x) => x.claims.length)!.claims;
  const rec = (value: { from: string; to: string } | null) => toEvalRecord({ ...c, date: { ...c.date, value } }).date;
  assert.equal(rec({ from: '2025-08-15', to: '2025-08-15' }), '2025-08-15');
  assert.equal(rec({ from: '2025-04-01', to: '2025-04-30' }), '2025-04');
  assert.equal(rec({ from: '2024-02-01', to: '2024-02-29' }), '2024-02');
  assert.equal(rec({ from: '2023-01-01', to: '2023-12-31' }), '2023');
  assert.deepEqual(rec({ from: '2025-08-03', to: '2025-08-17' }), { from: '2025-08-03', to: '2025-08-17' });
  assert.equal(rec(null), null);
});

test('date helpers: every spec shape becomes a day range and back', () => {
  assert.deepEqual(toDayRange('2025-04'), { from: '2025-04-01', to: '2025-04-30' });
  assert.deepEqual(toDayRange('2024'), { from: '2024-01-01', to: '2024-12-31' });
  assert.deepEqual(toDayRange({ from: '2025-03', to: '2025-05-02' }), { from: '2025-03-01', to: '2025-05-02' });
  assert.equal(toDayRange('2025-13-01'), null);
  assert.equal(toDayRange('2025-02-30'), null);
  assert.equal(compactDate('2025-08-15'), '2025-08-15');
  assert.equal(isoDate({ from: '2025-08-03', to: '2025-08-17' }), '2025-08-03/2025-08-17');
  assert.equal(isoDate(null), '');
});
