// A relief in the passive under a condition, with no party as its subject, is the speaker's offer
// (candidate/conditional-relief): "the sanctions could be lifted if …", "the detainees could be freed once …",
// "elections could take place within 90 days of a ceasefire", "the two presidents could meet, but only after …".
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, assertNone, claimsOf, label } from './helpers.js';

claimCases('conditional relief', [
  // A measure lifted or eased on a condition: the speaker's party offers it (its issue is the subject's).
  { body: 'The EU envoy said the sanctions on Belgrade could be eased if Serbia recognised Kosovo\'s licence plates.', want: ['EU OFFER sanctions []', 'EU DEMAND recognition []'] },
  { body: 'Washington said the sanctions on Caracas could be lifted if the opposition candidate is allowed to run.', want: ['USA OFFER sanctions []'] },
  // Prisoners or family visits given back on a condition.
  { body: 'Seoul said family reunions could be resumed if Pyongyang halted its missile tests.', want: ['KOR OFFER humanitarian []', 'KOR DEMAND military_limits []'] },
  // A vote held or taking place once the fighting stops.
  { body: 'Kurti said elections in the four northern municipalities could take place within 90 days of a ceasefire.', want: ['XKX OFFER governance []'] },
  { body: 'Sybiha says elections could be held within 90 days of a truce, provided that voting is safe.', want: ['UKR OFFER governance []'] },
  // The leaders meeting on a condition: the talks.
  { body: 'Kuleba said the two presidents could meet, but only after the key elements of a deal are negotiated.', want: ['UKR OFFER talks []'] },
]);

test('the relief is conditioned on the demand of its condition', () => {
  const cs = claimsOf('Seoul said family reunions could be resumed if Pyongyang halted its missile tests.');
  const offer = cs.find((c) => c.type === 'OFFER'), demand = cs.find((c) => c.type === 'DEMAND');
  assert.ok(offer && demand, cs.map((c) => `${label(c)} «${c.quote}»`).join('\n'));
  assert.deepEqual(offer!.conditions, [demand!.id]);
  assert.equal(offer!.quote, 'family reunions could be resumed');
});

test('a relief whose subject names no issue gives no claim', () => {
  assertNone(['Baku said the border checkpoints would be reopened if Yerevan signed the treaty.'], ' OFFER ');
});

test('negatives: no speaker, an agent, a restrictive "only", a negation, no condition, a past fact', () => {
  assertNone([
    'Analysts said sanctions could be lifted if Russia withdrew.',
    'If the talks fail, the sanctions could be lifted by a court ruling, Reuters reported.',
    'Aliyev said the prisoners would not be released until Yerevan apologised.',
    'Vucic said the sanctions would be lifted next year.',
    'The sanctions were lifted after Moscow agreed to end the war.',
  ], ' OFFER ');
  // (A restrictive "only" makes the condition a precondition the speaker demands: no offer.)
  assertNone([
    'Aliyev said the prisoners can only be released if Yerevan apologises.',
    'Borrell said the sanctions on Minsk could be eased gradually only after the political prisoners are freed.',
  ], ' OFFER ');
});
