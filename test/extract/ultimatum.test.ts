// An ultimatum: giving a party a time limit to act demands the act ("gave Putin 50 days to agree to a ceasefire"), and a
// penalty after "or face" is the giver's threat, also when a cue follows "face" ("or face consequences": holder/or-face).
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a time limit given to a party to act demands the act', [
  { body: 'Baku gave Yerevan an ultimatum to withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'The EU gave Serbia a month to recognise Kosovo\'s licence plates.', want: ['EU DEMAND recognition []'] },
  { body: 'Washington gives Khartoum until Sunday to accept the ceasefire plan.', want: ['USA DEMAND ceasefire []'] },
  { body: 'Ankara gave Stockholm 30 days to lift its arms embargo.', want: ['TUR DEMAND sanctions []'] },
]);

claimCases('the penalty after "or face" is the giver\'s threat', [
  { body: 'Washington gave Khartoum two weeks to agree to a truce or face consequences.', want: ['USA DEMAND ceasefire []', 'USA THREATEN other []'] },
  { body: 'Brussels urged Belgrade to recognise the vote or face sanctions.', want: ['EU DEMAND recognition []', 'EU THREATEN sanctions []'] },
]);

claimCases('giving without a time limit, or a welcome, demands nothing', [
  { body: 'The United States gave Armenia $60 million to rebuild its border towns.', want: [] },
  { body: 'Aliyev gave Pashinyan a warm welcome in Baku.', want: [] },
]);
