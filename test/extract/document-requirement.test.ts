// What a document "would require" in a relative clause on it describes the document: no party near it demands that
// (trigger/document-requirement). A party's own requirement stays. Sentences written for this test, about disputes
// other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a relative clause on a document: what the document would require is no party\'s demand', () => {
  assertNone([
    'Yerevan and its French allies objected to key parts of a plan drawn up by Moscow and Baku that would require Armenia to give up land it still holds.',
    'Pashinyan said his country faced a hard choice, as Moscow pressed Yerevan to accept a framework that would require it to cede territory and cap its army.',
    'Belgrade rejected the draft, which would require Serbia to give up its claim to territory in the north.',
  ], /^(ARM|SRB) DEMAND/);
  assertNone([
    'Abiy said the proposal was "not made in good faith" because it would require Ethiopia to give up more territory than Eritrea had taken.',
  ], /^ETH DEMAND territory/);
});

test('a party\'s own requirement stays a demand', () => {
  assertIncludes([
    ['Azerbaijan would also require that Armenia withdraw its troops from the border villages, Bayramov said.', 'AZE DEMAND territory []'],
    ['Serbia will require Kosovo to withdraw its special police from the north, Vucic said.', 'SRB DEMAND territory []'],
    ['Eritrea said any truce would require Ethiopia to withdraw its forces from Badme.', 'ERI DEMAND territory []'],
  ]);
});
