// Sentence splitting on wire-copy text: abbreviations, dotted acronyms, quotes after the full stop,
// one-line headings and datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/annotate/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('"U.S." inside a sentence does not end it', () => {
  assert.deepEqual(split('The U.S. envoy met Putin in Moscow. He left on Friday.'),
    ['The U.S. envoy met Putin in Moscow.', 'He left on Friday.']);
});

test('"U.S." before a capitalised name does not end the sentence', () => {
  assert.deepEqual(split('Talks with U.S. President Donald Trump ended. Both sides left.'),
    ['Talks with U.S. President Donald Trump ended.', 'Both sides left.']);
});

test('a dotted acronym at the end of a sentence ends it before "The"', () => {
  assert.deepEqual(split('Mr. Witkoff and Gen. Kellogg met in the U.K. on Monday. The U.S. delegation left.'),
    ['Mr. Witkoff and Gen. Kellogg met in the U.K. on Monday.', 'The U.S. delegation left.']);
});

test('"U.S." at the end of a sentence ends it before "The"', () => {
  assert.deepEqual(split('The plan was drafted in the U.S. The Kremlin has seen it.'),
    ['The plan was drafted in the U.S.', 'The Kremlin has seen it.']);
});

test('abbreviated months ("Nov. 21") and titles do not end sentences', () => {
  assert.deepEqual(split('Talks resumed on Nov. 21 in Geneva. Both sides attended.'),
    ['Talks resumed on Nov. 21 in Geneva.', 'Both sides attended.']);
  assert.deepEqual(split('Sen. Graham and Dr. Smith spoke. Nothing changed.'), ['Sen. Graham and Dr. Smith spoke.', 'Nothing changed.']);
});

test('a closing quote after the full stop stays with its sentence', () => {
  assert.deepEqual(split('He said: "We will not give up Donbas." Then he left.'),
    ['He said: "We will not give up Donbas."', 'Then he left.']);
  assert.deepEqual(split('“We are ready,” he said. “But not at any price.” Talks go on.'),
    ['“We are ready,” he said.', '“But not at any price.”', 'Talks go on.']);
});

test('a one-line heading is its own sentence and paragraph', () => {
  const t = 'Peace plan unveiled\nThe plan has 28 points. It was drafted in Miami.';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => [t.slice(x.start, x.end), x.paragraph]),
    [['Peace plan unveiled', 0], ['The plan has 28 points.', 1], ['It was drafted in Miami.', 1]]);
});

test('blank lines between paragraphs do not open empty paragraphs', () => {
  const t = 'First one.\n\n\nSecond one.\n\nThird one.';
  assert.deepEqual(splitSentences(t).map((x) => x.paragraph), [0, 1, 2]);
});

test('a wire dateline stays with the first sentence', () => {
  assert.deepEqual(split('KYIV, Aug 16 (Reuters) - Ukraine said it was ready. Russia did not reply.'),
    ['KYIV, Aug 16 (Reuters) - Ukraine said it was ready.', 'Russia did not reply.']);
  assert.deepEqual(split('MOSCOW, Nov. 21 (AFP) — The Kremlin said it had received the plan. It gave no details.'),
    ['MOSCOW, Nov. 21 (AFP) — The Kremlin said it had received the plan.', 'It gave no details.']);
});

test('question and exclamation marks end sentences', () => {
  assert.deepEqual(split('Is Russia ready? Nobody knows! We will see.'), ['Is Russia ready?', 'Nobody knows!', 'We will see.']);
});

test('a lower-case word after a full stop does not start a sentence', () => {
  assert.deepEqual(split('The talks ended at 5 p.m. local time. Both sides left.'), ['The talks ended at 5 p.m. local time.', 'Both sides left.']);
});

test('"a.m." at the end of a sentence ends it before "The"', () => {
  assert.deepEqual(split('Officials met at 10 a.m. The meeting lasted an hour.'), ['Officials met at 10 a.m.', 'The meeting lasted an hour.']);
});

test('spans are trimmed and cover the whole text in order', () => {
  const t = '  Putin spoke.   Zelensky replied.  \n';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => t.slice(x.start, x.end)), ['Putin spoke.', 'Zelensky replied.']);
  assert.deepEqual(splitSentences(''), []);
});

test('the numeral of "World War I." is no initial: it ends the sentence before a capital', () => {
  assert.deepEqual(split('The truce echoes those of World War I. Erdogan also proposed a prisoner swap.'),
    ['The truce echoes those of World War I.', 'Erdogan also proposed a prisoner swap.']);
  assert.deepEqual(split('Talks with J. Biden ended.'), ['Talks with J. Biden ended.']);
});

test('a reference work\'s citation marks after the full stop end the sentence as a closing quote does', () => {
  assert.deepEqual(split('Armenia proposed a ceiling of 60,000.[8] Azerbaijan also sought a veto.[8][9] Yerevan refused.'),
    ['Armenia proposed a ceiling of 60,000.[8]', 'Azerbaijan also sought a veto.[8][9]', 'Yerevan refused.']);
  // (Not a bracket inside a sentence, nor a bracketed word of more than four letters.)
  assert.deepEqual(split('The talks [in Geneva] ended. Both sides left.[citation] Then'),
    ['The talks [in Geneva] ended.', 'Both sides left.[citation] Then']);
});

test('the number of a numbered point at the start of its line stays with the point\'s text', () => {
  assert.deepEqual(split('Its points are:\n1. Release of all hostages.\n2. The withdrawal of Israeli troops from Gaza.\n10. Elections within a year.'),
    ['Its points are:', '1. Release of all hostages.', '2. The withdrawal of Israeli troops from Gaza.', '10. Elections within a year.']);
  // (Indented, and a point of two sentences: the second still ends the first.)
  assert.deepEqual(split('  3. Demarcation. The border commission meets monthly.'),
    ['3. Demarcation.', 'The border commission meets monthly.']);
  // (Not a number that ends a sentence inside a line, nor a year or a long number opening one.)
  assert.deepEqual(split('Armenia asked for 12. Azerbaijan offered 8.'), ['Armenia asked for 12.', 'Azerbaijan offered 8.']);
  assert.deepEqual(split('Talks began in 2022. The sides met.\n2024. A year of talks.'), ['Talks began in 2022.', 'The sides met.', '2024.', 'A year of talks.']);
});
