// Approving appraisals of a step (family: a party calls another's proposal, plan or declaration "a concrete step", "an
// important step", "a real step" — cue accept-predicate) and the appraisal after "as" that a verb of accepting gives its
// object (trigger/appraised-as: one acceptance, not a second one held by the object's owner). Missed on the tuning
// sets: "Zelensky called the declaration 'a concrete step'", "… called the declaration 'an important step'" (own AP,
// AQ, AS, AU: UKR ACCEPT security_guarantees). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

test('calling a proposal a concrete, important or real step accepts it', () => {
  assertIncludes([
    ['Pashinyan called the Russian ceasefire proposal "a concrete step".', 'ARM ACCEPT ceasefire []'],
    ['Addis Ababa called the Eritrean offer of a prisoner exchange "a real step".', 'ETH ACCEPT humanitarian []'],
    ['Vucic called the EU plan for a border crossing at Jarinje an important step.', 'SRB ACCEPT talks []'],
    ['Khartoum called the Saudi offer of a truce "a significant step", the foreign ministry said.', 'SDN ACCEPT ceasefire []'],
  ]);
});

claimCases('a step appraised after "as" is the acceptance of the verb before it: one claim, its subject\'s', [
  { body: 'Khartoum welcomed the Saudi ceasefire proposal as an important step.', want: ['SDN ACCEPT ceasefire []'] },
  { body: 'Baku welcomed the Armenian proposal on the border as a step in the right direction.', want: ['AZE ACCEPT talks []', 'ARM PROPOSE talks []'] },
  { body: 'Kosovo hailed the EU plan for a border crossing as a concrete step.', want: ['EU PROPOSE talks []', 'XKX ACCEPT talks []'] },
]);

test('no verb of accepting before "as": the predicate is the stance', () => {
  assertIncludes([
    ['Egypt described the Israeli offer of a truce as a step in the right direction.', 'EGY ACCEPT ceasefire []'],
  ]);
});

test('a step that is no appraisal of a proposal is no claim', () => {
  assertNone([
    'The Sudanese army took an important step back from the border, officials said.',
    'Analysts said the vote was an important step for the opposition in Yerevan.',
  ], ' ACCEPT ');
});
