// Three readings (issue 7), on sentences written for these tests with other parties and places than the corpora:
// - trigger/reference-back: an existential "there can/will be no …" after a complementiser "that" is a clause,
//   not a noun the "that" determines ("said in Yerevan that there can be no freezing of the conflict");
// - issues.json: troops or soldiers a party sends, deploys or stations are foreign forces (a security guarantee),
//   and "NATO states" names the states, not NATO membership;
// - content/coordinated-that-clause: "… and that X must …" is another reported statement: the stance before it
//   ends at the conjunction.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

test('"that there can be no …" is a refusal, not a reference back', () => {
  assertIncludes([
    ['Pashinyan himself said in Yerevan that there can be no freezing of the conflict.', 'ARM REJECT ceasefire []'],
    ['Kurti insisted on Monday that there will be no ceasefire with the gangs in the north.', 'XKX REJECT ceasefire []'],
  ]);
});

claimCases('troops sent by a party are foreign forces, not an alliance question', [
  { body: 'Meloni said that there would be no ground troops, no soldiers on Libyan soil sent there by European states or NATO states.', want: ['ITA REJECT security_guarantees []'] },
]);

test('a NATO state is a party, not NATO membership', () => {
  assertNone(['Meloni said that there would be no soldiers in Libya sent by NATO states.'], ' alliance ');
});

test('a coordinated that-clause ends the stance before it', () => {
  // The first stance's content stops at "and that": the troops belong to the second statement.
  assertNone([
    'Sandu repeated that any settlement must not turn Gagauzia into a bargaining chip and that the Russian troops stationed there must leave.',
    'Vucic said Serbia would not accept the ultimatum, and that the foreign troops stationed in the north must leave.',
  ], ' REJECT security_guarantees ');
  assertIncludes([
    ['Sandu repeated that any settlement must not turn Gagauzia into a bargaining chip and that the Russian troops stationed there must leave.', 'MDA DEMAND security_guarantees []'],
  ]);
  // Not a that-clause: "demanded a ceasefire and that …" with no stance of its own keeps its items.
  assertIncludes([
    ['Azerbaijan demanded a ceasefire and that Armenia withdraw from the villages.', 'AZE DEMAND territory []'],
  ]);
});
