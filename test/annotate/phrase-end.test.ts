// phraseEnd: the longest of a word list's phrases (one or more words) starting at a token, as the rules that read
// multi-word entries ask it (eu-membership 'nonObjection', named-judgement 'tails', regarded-as-hostile 'labels').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/annotate/tokenize.js';
import { phraseEnd } from '../../src/annotate/phrase-end.js';

const tokens = tokenize('Baku would not stand in the way of it, an ultimatum no different from before');
const at = (word: string) => tokens.findIndex((t) => t.lower === word);

test('the longest phrase starting at the token gives the end', () => {
  assert.equal(phraseEnd(tokens, at('stand'), ['stand', 'stand in the way']), at('stand') + 4);
  assert.equal(phraseEnd(tokens, at('no'), ['no different', 'no']), at('no') + 2);
});

test('no phrase there, or one running past the text, gives -1', () => {
  assert.equal(phraseEnd(tokens, at('baku'), ['stand in the way']), -1);
  assert.equal(phraseEnd(tokens, at('before'), ['before long']), -1);
  assert.equal(phraseEnd(tokens, tokens.length, ['stand']), -1);
});
