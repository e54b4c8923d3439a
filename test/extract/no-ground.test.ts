// Seeing no point, ground or reason for a step refuses it (cue no-ground, trigger/no-ground-step), and saying one is
// available to host or mediate offers one's good offices (cue available). Sentences written for these tests, on
// other disputes than the corpus's.
import { claimCases } from './helpers.js';

claimCases('no point, ground, reason or need for a step refuses it', [
  { body: 'Baku sees no point in further talks with Yerevan under French mediation.', want: ['AZE REJECT talks []'] },
  { body: 'Belgrade said there was no reason to resume the dialogue in Brussels.', want: ['SRB REJECT talks []'] },
  { body: 'The Azerbaijani foreign ministry said it saw no grounds for lifting the sanctions.', want: ['AZE REJECT sanctions []'] },
  { body: 'Israel said it saw no basis for a ceasefire while hostages remain in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Seoul said there was no need to hold a summit with Pyongyang this year.', want: ['KOR REJECT talks []'] },
  { body: 'Pristina sees no sense in a new round of talks before Belgrade recognises the election result.', want: ['XKX REJECT talks []'] },
]);

claimCases('a belief, a fear or a delay after "no reason to" is no step refused', [
  { body: 'Turkey said there was no reason for Sweden to wait any longer for NATO membership.', want: [] },
  { body: 'Analysts see no reason to expect a ceasefire before spring.', want: [] },
  { body: 'Seoul said there was no reason to fear a collapse of the talks.', want: [] },
]);

claimCases('available to host, mediate or take part: an offer of good offices', [
  { body: 'Oman said it was available to mediate between Washington and Tehran.', want: ['OMN OFFER talks []'] },
  { body: 'Norway remains available as a venue for talks between the two Koreas.', want: ['NOR OFFER talks []'] },
  { body: 'Switzerland is at the disposal of both sides for a summit in Geneva.', want: ['CHE OFFER talks []'] },
  { body: 'The Vatican said it remained available to host direct talks between Armenia and Azerbaijan.', want: ['VAT OFFER talks []'] },
  { body: 'Qatar said it was available for talks on the release of the hostages.', want: ['QAT OFFER humanitarian []'] },
]);

claimCases('availability for comment, funds available to a party: no offer', [
  { body: 'A spokesman for the Serbian government was not available for comment on the talks.', want: [] },
  { body: 'The funds available to Armenia under the plan would cover its needs for a year.', want: [] },
  { body: 'No details of the summit were available to reporters.', want: [] },
]);

// "no grounds to", "no basis to" with an infinitive, as "no reason to" (cue no-ground).
claimCases('no grounds or basis to take a step refuses it', [
  { body: 'Aliyev said he saw no grounds to extend the truce.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Belgrade saw no basis to recognise Kosovo, Vucic said.', want: ['SRB REJECT recognition []'] },
  { body: 'Eritrea sees no grounds to renew the deal unless its exports are freed from sanctions.', want: ['ERI REJECT other []', 'ERI DEMAND sanctions []'] },
  // (Not a party's refusal: a court's finding.)
  { body: 'The court found no grounds to hear the case.', want: [] },
]);
