// Issue 10, item 7: repeated JSON record ids are made unique with a warning, and an absurdly long
// header line is reported as too long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticleString } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';

test('JSON Lines records with the same id get distinct ids (and claim ids), with a warning', () => {
  const text = ['a', 'a', 'b', 'a'].map((id) => JSON.stringify({ id, published: '2025-03-01', text: `Russia demanded that Ukraine withdraw from Donetsk (${id}).` })).join('\n');
  const results = readArticleString(text, { source: 'r.jsonl' });
  assert.deepEqual(results.map((r) => r.article?.id), ['a', 'a-2', 'b', 'a-3']);
  const w = results[1].problems.find((p) => p.code === 'duplicate-id');
  assert.ok(w && !w.fatal);
  assert.equal(w.message, "r.jsonl:2: record id 'a' is also the id of r.jsonl:1; this record is read as 'a-2'");
  const claimIds = results.flatMap((r) => (r.article ? extract(r.article).map((c) => c.id) : []));
  assert.equal(new Set(claimIds).size, claimIds.length, claimIds.join(' '));
});

test('a JSON array with repeated ids gets distinct ids too', () => {
  const text = JSON.stringify([{ id: 'x', text: 'Ukraine rejected the plan.' }, { id: 'x', text: 'Russia rejected the plan.' }]);
  assert.deepEqual(readArticleString(text, { source: 'r.json' }).map((r) => r.article?.id), ['x', 'x-2']);
});

test('a 100,000-character title line is reported as too long, not as malformed', () => {
  const text = `url: https://example.org/a\noutlet: Example Wire\npublished: 2025-03-01\ntitle: ${'T'.repeat(100_000)}\n---\nRussia demanded a ceasefire.\n`;
  const [r] = readArticleString(text, { source: 'long.txt' });
  const messages = r.problems.map((p) => p.message).join('\n');
  assert.match(messages, /line 4 is too long for a header line \(100,007 characters; at most 10,000\)/);
  assert.doesNotMatch(messages, /neither 'key: value'/);
});
