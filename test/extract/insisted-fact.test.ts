// "insisted that" + a statement of fact (a past or perfect verb, a denied description) asserts what happened, not
// what the party wants (trigger/insisted-fact); a modal, a mandative bare verb, "insist on" and the aim a party came
// for stay demands. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('insisting on a fact is no demand', [
  { body: 'Baku insisted the families had been moved out of the border villages to keep them safe.', want: [] },
  { body: 'Pristina insists that the police raid in the north was not aimed at Serbs.', want: [] },
  { body: 'Israel has insisted that the operation in Rafah is not an attempt to seize territory.', want: [] },
  { body: 'Khartoum insisted that its troops had withdrawn from the refinery before the ceasefire.', want: [] },
  // (The party describing itself in the present, after its own name or a pronoun: trigger/insisted-fact selfCopulas.)
  { body: 'Pretoria has insisted that South Africa is non-aligned in the war between Ethiopia and Eritrea.', want: [] },
  { body: 'Budapest insists it is not a party to the war in Sudan.', want: [] },
  // (The stance stays: a mandative verb, a modal, "insist on", the aim a party came for. A third party's call on a
  // ceasefire is a proposal, claim/mediator-proposes.)
  { body: 'Baku insisted that Armenia withdraw its troops from the Syunik region.', want: ['AZE DEMAND territory []'] },
  { body: 'Baku insisted that Yerevan must pull its troops out of Syunik.', want: ['AZE DEMAND territory []'] },
  { body: 'Baku insisted that Armenia is obliged to withdraw from the villages in Syunik.', want: ['AZE DEMAND territory []'] },
  { body: 'Israel insisted on a permanent ceasefire.', want: ['ISR DEMAND ceasefire []'] }, // (a side's call: discourse/principal-sides)
  { body: 'Armenia insisted that it had come for a ceasefire and nothing else.', want: ['ARM DEMAND ceasefire []'] }, // (a side's call: discourse/principal-sides)
]);
