// The phrase matchers' first-word table (speed, issue 7): a token marked by a lexicon's table must match
// exactly as an unmarked token does, in every matcher of that lexicon, and a token marked by another table
// (another lexicon) is looked up in the matcher's own map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FirstWords, PhraseMatcher } from '../../src/annotate/phrase-matcher.js';
import { tokenize } from '../../src/annotate/tokenize.js';
import { getIndex } from '../../src/extract/index.js';

const TEXT = 'The Lithuanian Foreign Minister said Vilnius would not accept a ceasefire along the current front line, '
  + 'and both sides rejected the Turkish-brokered "grain" deal; the Kremlin demanded that Moldova withdraw. '
  + 'KREMLIN officials and the kremlin spokesman called for talks in Minsk.';

function allMatches(matchers: Array<[string, PhraseMatcher<unknown>]>, tokens: ReturnType<typeof tokenize>): string[] {
  const out: string[] = [];
  for (const [name, m] of matchers) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = m.matchAt(tokens, i);
      if (hit) out.push(`${name} ${hit.start}-${hit.end} ${JSON.stringify(hit.values)}`);
    }
  }
  return out;
}

test('marked tokens match as unmarked ones in every matcher of the default lexicon', () => {
  const index = getIndex({});
  const matchers: Array<[string, PhraseMatcher<unknown>]> = [
    ['names', index.names], ['lowerNames', index.lowerNames], ['cues', index.cues],
    ['issues', index.issues], ['roles', index.roles], ['bothSides', index.bothSides],
  ];
  const plain = tokenize(TEXT);
  const marked = tokenize(TEXT);
  index.firstWords.mark(marked);
  assert.ok(marked.every((t) => t.firsts === index.firstWords));
  const expected = allMatches(matchers, plain);
  assert.ok(expected.length > 10, 'the text gives matches in several matchers');
  assert.deepEqual(allMatches(matchers, marked), expected);
});

test('a case-sensitive and a caseless matcher share a table without mixing their words', () => {
  const table = new FirstWords();
  const exact = new PhraseMatcher<string>(false, table);
  const caseless = new PhraseMatcher<string>(true, table);
  exact.add('Sea Port', 'exact');
  caseless.add('sea breeze', 'caseless');
  caseless.add('Port Authority', 'authority');
  const tokens = tokenize('sea Port Sea breeze Port authority SEA BREEZE');
  table.mark(tokens);
  const found = (m: PhraseMatcher<string>) => tokens.map((_, i) => m.matchAt(tokens, i)).filter((x) => x).map((x) => `${x!.start}-${x!.end}:${x!.values}`);
  assert.deepEqual(found(exact), []);
  assert.deepEqual(found(caseless), ['2-4:caseless', '4-6:authority', '6-8:caseless']);
  const sea = tokenize('Sea Port');
  table.mark(sea);
  assert.equal(exact.matchAt(sea, 0)?.values[0], 'exact');
});

test('a token marked by another table is looked up in the matcher\'s own map', () => {
  const mine = new PhraseMatcher<string>(true, new FirstWords());
  mine.add('peace deal', 'mine');
  const other = new FirstWords();
  new PhraseMatcher<string>(true, other).add('war', 'other');
  const tokens = tokenize('a peace deal');
  other.mark(tokens);
  assert.equal(tokens[1].firstLower, undefined, 'the other table has no entry for "peace"');
  assert.equal(mine.matchAt(tokens, 1)?.values[0], 'mine');
});

test('phrases that extend or end at another phrase\'s node keep their own words and values, in any matcher', () => {
  // Nodes start with a shared empty map and value list (speed, issue 7): a phrase added through one
  // node must never reach another node, of this matcher or of another.
  const first = new PhraseMatcher<string>(true);
  first.add('peace', 'peace');
  first.add('ceasefire line', 'line');
  const second = new PhraseMatcher<string>(true);
  second.add('peace now', 'second');
  second.add('talks', 'talks');
  first.add('ceasefire', 'ceasefire');
  first.add('peace plan', 'plan');
  const tokens = tokenize('peace now peace plan ceasefire line ceasefire talks now');
  const found = (m: PhraseMatcher<string>) => m.findAll(tokens).map((x) => `${x.start}-${x.end}:${x.values.join('+')}`);
  assert.deepEqual(found(first), ['0-1:peace', '2-4:plan', '4-6:line', '6-7:ceasefire']);
  assert.deepEqual(found(second), ['0-2:second', '7-8:talks']);
  assert.equal(first.matchAt(tokenize('talks'), 0), null);
  assert.equal(second.matchAt(tokenize('peace'), 0), null, '"peace" alone is no phrase of the second matcher');
});
