// A threat whose condition is the other side breaking an agreement is a snapback: the threat stays, and the breach is
// no refusal of its own (claim/breach-condition). A negated condition stays a demand. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const snapbacks = [
  'Pashinyan said that if Azerbaijan broke the deal, Yerevan would ask Paris for more sanctions and more weapons.',
  'Baku reserved the right to withdraw from the accord if Armenia violated its terms.',
  'Serbian officials said Belgrade would reimpose the trade sanctions if Pristina breached the agreement on the border crossings.',
];

test('the snapback threat stays', () => {
  assertIncludes([
    [snapbacks[0], 'ARM THREATEN sanctions []'],
    [snapbacks[1], 'AZE THREATEN other []'],
  ]);
});

test('a breach of the agreement is no refusal of the threatener', () => {
  assertNone(snapbacks, /^(ARM|AZE|SRB) (REJECT|DEMAND)/);
});

test('a negated condition of a threat stays a demand', () => {
  assertIncludes([
    ['Aliyev warned that Baku would impose sanctions if Armenia did not withdraw its troops from the border villages.', 'AZE DEMAND territory []'],
  ]);
});
