// A spokesperson or an official "for" or "at" a party speaks for it (discourse/role-of-party forRoles), as "the
// representative of X" does: wire copy names the speaker this way ("A spokesperson for the European Commission said
// …") and the party behind "for" is no object. Not an envoy's "for" (sent to the country by another) nor "for" after
// other nouns. Sentences written for this test, with other parties and disputes.
import { claimCases } from './helpers.js';

claimCases('a spokesperson or an official for a party', [
  { body: 'A spokesperson for the European Commission rejected the plan on Monday.', want: ['EU REJECT talks []'] },
  { body: 'A spokesman for the Kremlin called for an immediate ceasefire.', want: ['RUS DEMAND ceasefire []'] },
  { body: 'An official at the Kremlin rejected the proposal.', want: ['RUS REJECT talks []'] },
  { body: 'A spokeswoman for NATO said the alliance would not send troops to Armenia.', want: ['NATO REJECT security_guarantees []'] },
  { body: 'A spokesman for the European Commission called for the withdrawal of Serbian forces from the border.', want: ['EU DEMAND territory []'] },
]);

// A spokesperson "for" a leader the lexicon knows speaks for the leader's party, and so does the "he" of the next clause.
claimCases('a spokesperson for a leader', [
  { body: 'A spokesman for Aliyev said Armenia must withdraw its troops from Lachin.', want: ['AZE DEMAND territory []'] },
  { body: 'A spokeswoman for Erdogan rejected the proposal on Monday.', want: ['TUR REJECT talks []'] },
]);

// The party may be named by its adjective and an institution ("the Azerbaijani Foreign Ministry"), as it is elsewhere.
claimCases('a spokesperson for a party\'s institution named by its adjective', [
  { body: 'A spokesman for the Azerbaijani Foreign Ministry said that the proposal for a demilitarised zone around the border was "unacceptable".', want: ['AZE REJECT military_limits []'] },
  { body: 'A spokeswoman for the Serbian government rejected the plan on Monday.', want: ['SRB REJECT talks []'] },
  { body: 'An official at the Armenian Foreign Ministry said Yerevan was ready to sign the treaty.', want: ['ARM OFFER talks []'] },
]);

claimCases('no party speaks through "for" after other roles and nouns', [
  { body: 'Campaigners lobbied an official for Kosovo to reject the plan.', want: [] },
  { body: 'A plan for Sudan was discussed at the summit.', want: [] },
  { body: 'Aid for Armenia arrived on Monday.', want: [] },
]);
