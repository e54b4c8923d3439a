// The precheck of the candidate finders (sentence-words.ts, speed): a sentence is marked for a list if and only if
// one of its own tokens' lower-cased word is in the list, whatever the case in the text or the kind of list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from './helpers.js';

const TEXT = 'Armenia Proposed a new round of talks. Baku said nothing. "We will consider it," the envoy said. Serbia set conditions.';

test('a sentence holds a word of a list exactly when one of its tokens is that word', () => {
  const d = doc(TEXT);
  const verbs = new Set(['proposed', 'consider']);
  const marks = d.sentences.map((s) => d.sentenceWords.has(s.index, verbs));
  const expected = d.sentences.map((s) => d.tokens.slice(s.tStart, s.tEnd).some((t) => verbs.has(t.lower)));
  assert.deepEqual(marks, expected);
  assert.deepEqual(marks, [true, false, true, false]);
});

test('a Map is read by its keys, and one word alone is asked with hasWord', () => {
  const d = doc(TEXT);
  const m = new Map([['set', 1], ['nothing', 2]]);
  assert.deepEqual(d.sentences.map((s) => d.sentenceWords.has(s.index, m)), [false, true, false, true]);
  assert.deepEqual(d.sentences.map((s) => d.sentenceWords.hasWord(s.index, 'said')), [false, true, true, false]);
  assert.equal(d.sentenceWords.hasWord(0, 'Armenia'), false, 'words are lower-cased');
  assert.equal(d.sentenceWords.has(0, new Set<string>()), false);
});
