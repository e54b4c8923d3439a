// "Russia would not take advantage of the opening of the ports to attack Ukraine", "Ukraine would not use the
// corridor for military operations", "Kyiv would not strike Russian energy facilities": a party's own harmful act
// ruled out with "will"/"would" is restraint promised, a concession phrased as a refusal (spec §3 rule 7: OFFER), not
// the refusal of a ceasefire (candidate/refrained-harm). Not "could not"/"cannot" (what it is able to do), not a
// cessation refused ("would not stop the strikes": a refusal), not "would not hesitate to strike" (a threat).
// Sentences written for this test, with other parties and places.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('a harmful act of one\'s own ruled out: restraint offered', [
  { body: 'Eritrea said it would not take advantage of the opening of the border crossings to attack Ethiopia.', want: ['ERI OFFER ceasefire []'] },
  { body: 'Israel said it would not use the Rafah corridor for military operations against Hamas.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Azerbaijan would not strike Armenian energy facilities, Aliyev said.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Serbia said it will not attack the Kosovo police stations in the north.', want: ['SRB OFFER ceasefire []'] },
]);

claimCases('a cessation refused or agreement refused: still refusals', [
  { body: 'Israel said it would not agree to a ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Eritrea said it would not accept a truce in Tigray.', want: ['ERI REJECT ceasefire []'] },
]);

test('ability, a cessation refused and a threat are no restraint offered', () => {
  assertNone([
    'Baku said Azerbaijan could not strike Armenian positions without provoking Moscow.',
    'Israel said it would not halt the strikes on Gaza.',
    'Azerbaijan would not hesitate to strike Armenian positions, Aliyev warned.',
  ], ' OFFER ');
});
