// A party's announced contribution to a settlement where the cue is not the first word after the modal, and a
// party's stated interest in talks or a truce (spec §2 OFFER: "the actor signals it would itself do or give
// something"):
// - the party helped stands between "help" and the act (candidate/modal-help-party);
// - leading or heading a mechanism, mission or force of the settlement (candidate/modal-lead);
// - being interested in hosting talks, the peace process or a truce (cues.json "interested").
// Negatives: "lead to" (a consequence), leading a delegation (a schedule), helping with no act of a settlement
// named, an interest in buying arms (a want, not an offer), and the refusal "not interested in" staying a REJECT.
// Sentences written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

claimCases('help + the party helped + the act: the helper offers the act', [
  { body: 'Erdogan said Turkey would help Armenia and Azerbaijan to exchange prisoners.', want: ['TUR OFFER humanitarian []'] },
  { body: 'Ruto said Kenya would help Ethiopia and Eritrea to exchange prisoners.', want: ['KEN OFFER humanitarian []'] },
  { body: 'Macron said France would help Britain provide security guarantees for Ukraine.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'The White House said the United States will help Serbia and Kosovo to resume talks.', want: ['USA OFFER talks []'] },
]);

claimCases('lead or head a mechanism, mission or force of the settlement: an offer', [
  { body: 'Erdogan said Turkey would lead a mission to monitor the truce between Armenia and Azerbaijan.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'Ruto said Kenya would head the peacekeeping force in Sudan after a ceasefire.', want: ['KEN OFFER security_guarantees []'] },
]);

assertNone([
  'Aliyev said the move would lead to a new war with Armenia.',
  'Medinsky will lead the Russian delegation in Istanbul, Peskov said.',
  'Vucic said Serbia would lead the region to prosperity.',
], / OFFER /);

assertNone([
  'The deal would help the United States get its money back, Trump said.',
  'Qatar said it would help Israel win the war.',
], / OFFER /);

claimCases('interested in talks, the peace process or a truce: an offer', [
  { body: 'The Vatican said it would be very interested in hosting talks between Ethiopia and Eritrea.', want: ['VAT OFFER talks []'] },
  { body: 'Peskov said Moscow remained interested in the peace process.', want: ['RUS OFFER talks []'] },
  { body: 'Pashinyan said Armenia was still interested in a lasting ceasefire with Azerbaijan.', want: ['ARM OFFER ceasefire []'] },
]);

// (An interest in something for oneself is no offer; the negated form refuses.)
assertNone([
  'Ukraine was interested in buying Patriot systems to protect its cities.',
  'Putin was interested in studying it.',
], / OFFER /);

claimCases('not interested in: still a refusal', [
  { body: 'Peskov said Russia was not interested in a Christmas truce.', want: ['RUS REJECT ceasefire []'] },
]);

// candidate/awaited-meeting: waiting for the other side's leader at a venue or in person offers the meeting.
claimCases('waiting for the other leader at a venue or in person: an offer of talks', [
  { body: 'Pashinyan said on Sunday that he would wait for Aliyev in Geneva on Friday.', want: ['ARM OFFER talks []'] },
  { body: 'Vucic said he would personally wait for Kurti in Brussels.', want: ['SRB OFFER talks []'] },
  { body: 'Aliyev replied that he would come to Geneva himself and wait for Pashinyan in person.', want: ['AZE OFFER talks []'] },
]);

assertNone([
  'Peskov said Moscow would wait for the Serbian president to change his position.',
  'Aliyev waited for Pashinyan in Geneva for two hours on Friday.',
  'Pashinyan said he would not wait for Aliyev in Geneva.',
  'Baku said it would wait for the results of the vote in Armenia.',
], / OFFER talks /);
