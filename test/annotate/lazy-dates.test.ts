// A sentence's dates are found when first asked for (annotate.ts `dates`, speed): the answer must not depend on which
// sentences were asked before, nor in what order, since discourse/narrative-year and discourse/anchored-days read
// the sentences before it. A passage written for this test, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from './helpers.js';

const TEXT = [
  'Ethiopian and Eritrean delegates met in Djibouti on March 3, 2024.',
  '',
  'Asmara said nothing that week. On April 9, Eritrea rejected the border commission\'s proposal.',
  '',
  'The day before, in Addis Ababa, the prime minister had urged Eritrea to withdraw its troops.',
  'Two days later, the envoy said a second round would follow in May.',
].join('\n');

const values = (d: ReturnType<typeof doc>, k: number) => d.dates(k).map((m) => `${m.text}=${JSON.stringify(m.value)}${m.future ? ':future' : ''}`);

test('a sentence\'s dates are the same whatever was asked before it and in whatever order', () => {
  const forward = doc(TEXT, '2024-06-01');
  const expected = forward.sentences.map((s) => values(forward, s.index));
  // (The passage exercises both readers of earlier sentences: a yearless month and days counted from a named day.)
  assert.ok(expected.flat().some((v) => v.startsWith('April 9=') && v.includes('2024-04-09')), expected.flat().join(' | '));
  assert.ok(expected.flat().some((v) => v.startsWith('The day before=') && v.includes('2024-04-08')), expected.flat().join(' | '));
  const backward = doc(TEXT, '2024-06-01');
  const got = backward.sentences.map((s) => s.index).reverse().map((k) => values(backward, k)).reverse();
  assert.deepEqual(got, expected);
  // Asked one at a time, each on a fresh document.
  for (const s of forward.sentences) assert.deepEqual(values(doc(TEXT, '2024-06-01'), s.index), expected[s.index]);
});
