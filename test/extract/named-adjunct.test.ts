// An adjunct between a gap verb and its "to" that names a person with a title ("agreed in a telephone call with US
// President Joe Biden on Sunday to pause strikes") is as short as one that names them in a word ("agreed in his call
// with Biden to …"): a run of capitalised words counts as one word of candidate/gap-verb's adjunct (adjunct-gap.ts).
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

test('a title and a name in the adjunct count as one word', () => {
  assertIncludes([
    ['Netanyahu agreed in a telephone call with US President Joe Biden on Sunday to pause strikes on Rafah for three days.', 'ISR ACCEPT ceasefire []'],
    ['Aliyev agreed at a meeting with European Council President Charles Michel in Brussels on Friday to sign a peace treaty with Armenia.', 'AZE ACCEPT talks []'],
  ]);
});

claimCases('no stance past a long adjunct', [
  // "to" after a phrase that addresses someone: agreeing to nothing.
  { body: 'Aliyev agreed in a message to Armenian Prime Minister Nikol Pashinyan on Friday.', want: [] },
  // Still at most ten words besides the names.
  { body: 'Aliyev agreed in a long message sent to the Armenian leadership and the foreign ministry on Friday to the delight of nobody.', want: [] },
]);
