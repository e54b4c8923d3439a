// A condition spread over two sentences as a sequence: the first sentence's obligation on the other party is the
// holder's demand, the second sentence's own step ("would then", "would in turn", "If that happens, … will") is the
// holder's offer for it, conditioned on the demand (candidate/sequence-step, claim/sequence-side); and a fronted
// "Only if X will there be Y" states the demand X and the offer Y (claim/inverted-only-if). Passages written for this
// test, with parties and places other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, claimCases, claimsOf, label } from './helpers.js';

claimCases('a sequence step offers the holder\'s own step for the obligation before it', [
  { body: 'Armenia\'s foreign minister outlined the sequence on Friday. Azerbaijan would first have to release the detained soldiers. Yerevan would in turn free the Azerbaijani soldiers held since the clash.', want: ['ARM DEMAND humanitarian []', 'ARM OFFER humanitarian []'] },
  { body: 'Sudan\'s prime minister set out the order on Monday. Eritrea must first release the detained fishermen. Khartoum would then free the Eritrean pilot.', want: ['SDN DEMAND humanitarian []', 'SDN OFFER humanitarian []'] },
  { body: 'Serbia\'s president spoke on Tuesday. Kosovo should pull its police units out of the northern towns. If that happens, Serbia will discuss the border crossings with Pristina.', want: ['SRB DEMAND territory []', 'SRB OFFER talks []'] },
  { body: 'Israel\'s defence minister set out the sequence on Monday. Hamas has to free the hostages. If it does, Israel could release the detainees held without charge.', want: ['ISR DEMAND humanitarian []', 'ISR OFFER humanitarian []'] },
  { body: 'Venezuela\'s vice president spoke in Caracas on Wednesday. Guyana should pull its soldiers out of the disputed border posts. If that happens, Venezuela will return to talks under UN auspices.', want: ['VEN DEMAND territory []', 'VEN OFFER talks []'] },
]);

claimCases('a sequence of events, a time or no obligation before: no offer', [
  // (A narrative sequence of past events.)
  { body: 'Serbia first closed the Jarinje crossing. It then reopened it after two days.', want: [] },
  // (A "then" of a schedule, with no obligation before it.)
  { body: 'Kosovo\'s ministers met in Pristina on Monday. They will then travel to Brussels to free the convoy.', want: [] },
  // ("since then" is a time; a past act is no offer.)
  { body: 'Serbia\'s president spoke on Tuesday. Kosovo should withdraw its police from the north. Since then, Serbia has freed two prisoners.', want: ['SRB DEMAND territory []'] },
]);

test('the offer of a sequence step is conditioned on the demand before it', () => {
  const cs = claimsOf('Sudan\'s prime minister set out the order on Monday. Eritrea must first release the detained fishermen. Khartoum would then free the Eritrean pilot.');
  const demand = cs.find((c) => label(c) === 'SDN DEMAND humanitarian []');
  const offer = cs.find((c) => label(c) === 'SDN OFFER humanitarian []');
  assert.ok(demand && offer, cs.map(label).join('\n'));
  assert.deepEqual(offer!.conditions, [demand!.id]);
});

claimCases('a fronted "Only if X" with an inverted clause demands X and offers what the clause promises', [
  { body: 'Armenia\'s foreign minister spoke on Monday. Only if Azerbaijan pulls its troops out of Jermuk will there be any talk of a peace treaty.', want: ['ARM DEMAND territory []', 'ARM OFFER talks []'] },
  { body: 'Israel\'s defence minister addressed the sequence on Monday. Only if Hamas lays down its weapons will there be any talk of a withdrawal.', want: ['ISR DEMAND military_limits []', 'ISR OFFER territory []'] },
  { body: 'Only if Belgrade recognises Kosovo will Pristina hold talks on the Serb municipalities, Kurti said.', want: ['XKX DEMAND recognition []', 'XKX OFFER talks []'] },
  // (Another party as the inverted subject gains, the speaker offers no step of its own.)
  { body: 'Only if Moscow withdraws its troops from Kherson will Russia get any relief, Zelensky said.', want: ['UKR DEMAND territory [UA-65]'] },
]);

claimCases('the talks as the subject of a modal under a condition are the speaker\'s offer', [
  { body: 'Talks could begin next week if Baku frees the prisoners, Armenia\'s foreign minister said.', want: ['ARM OFFER talks []', 'ARM DEMAND humanitarian []'] },
  { body: 'Negotiations could start within days if Hamas frees the hostages, Netanyahu said.', want: ['ISR OFFER talks []', 'ISR DEMAND humanitarian []'] },
  { body: 'Serbia\'s president spoke on Tuesday. Kosovo should pull its police units out of the northern towns. Talks can then resume.', want: ['SRB DEMAND territory []', 'SRB OFFER talks []'] },
  // (No condition: a schedule reported.)
  { body: 'Talks will resume next week in Geneva, the foreign ministry said.', want: [] },
]);

test('talks that cannot resume under a condition are no offer', () => {
  assertNone(['Talks cannot resume if Azerbaijan keeps shelling Jermuk, Pashinyan said.', "Talks can't resume if Azerbaijan keeps shelling Jermuk, Pashinyan said."], ' OFFER ');
});
