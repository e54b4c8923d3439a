// Claim snippets marked in the quote (store/highlight.ts) read like FTS5's snippet() of the same text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { highlightText } from '../../src/store/highlight.js';
import { ftsQuery } from '../../src/store/sqlite.js';

test('words are marked without regard to case or diacritics; a query word of several tokens is marked as a phrase', () => {
  assert.equal(highlightText('Putin demanded Donetsk and donetsk again.', 'DONETSK'), 'Putin demanded [Donetsk] and [donetsk] again.');
  assert.equal(highlightText('A freeze along the front-line in Zaporizhzhia', 'front-line zaporizhzhia'), 'A freeze along the [front-line] in [Zaporizhzhia]');
  assert.equal(highlightText('Talks in Genève resumed', 'geneve'), 'Talks in [Genève] resumed');
  assert.equal(highlightText('the front and the line', 'front-line'), 'the front and the line', 'a phrase needs its tokens in a row');
  assert.equal(highlightText('no match here', 'Kherson'), 'no match here');
});

test('a long text is cut to the sixteen tokens around its marks, with … where cut', () => {
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
  words[25] = 'Kherson';
  const out = highlightText(words.join(' '), 'kherson');
  assert.match(out, /^…w23 w24 \[Kherson\] w26 .* w38…$/);
  assert.equal(out.replace(/[…[\]]/g, '').split(' ').length, 16);
});

test('on short quotes the marks are those of FTS5 snippet()', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(quote)");
  const quotes = [
    'demanded that Ukraine withdraw from the Donetsk and Luhansk regions',
    'would freeze the front line in Zaporizhzhia and Kherson',
    'rejected any withdrawal from Donbas, “not one step” from Donetsk',
    'offered to hand back parts of Kharkiv (north-east) to Kyiv',
  ];
  const ins = db.prepare('INSERT INTO t(quote) VALUES (?)');
  for (const q of quotes) ins.run(q);
  for (const q of ['Donetsk', 'front line', 'north-east', 'kyiv', 'withdraw Donetsk', 'one step']) {
    const rows = db.prepare("SELECT quote, snippet(t, 0, '[', ']', '…', 16) AS snip FROM t WHERE t MATCH ?").all(ftsQuery(q)) as Array<{ quote: string; snip: string }>;
    assert.ok(rows.length > 0, q);
    for (const r of rows) assert.equal(highlightText(r.quote, q), r.snip, `${q}: ${r.quote}`);
  }
  db.close();
});
