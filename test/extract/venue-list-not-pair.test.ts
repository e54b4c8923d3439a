// Parties named together as the places offered or ruled out for talks ("at any venue except Baku and Moscow", "named
// Belgrade and Vienna as places where …") are venues, not the pair "both sides" stands for
// (discourse/venue-list-not-pair). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('"both sides" after a list of venues is the pair at the table named before, not the venues', [
  { body: 'Armenian and Azerbaijani negotiators met in Abu Dhabi on Friday. Pashinyan said he was ready to meet Aliyev at any venue except Moscow and Ankara. Later both sides agreed to exchange all prisoners.', want: ['ARM ACCEPT humanitarian []', 'ARM OFFER talks []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Serbian and Kosovar delegations met in Brussels on Monday. Kurti named Paris and Berlin as places where Kosovo would be ready to meet again. Both sides agreed to continue the negotiations.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []', 'XKX OFFER talks []'] },
  { body: 'Ethiopian and Eritrean delegations held talks in Nairobi. Officials proposed Washington and Cairo as possible venues for a second round of talks. The two sides agreed to exchange all prisoners.', want: ['ETH ACCEPT humanitarian []', 'ERI ACCEPT humanitarian []'] },
]);

claimCases('negative: two parties that meet are still the pair, venue or not', [
  { body: 'Serbian and Kosovar negotiators met at the venue in Brussels on Monday. Both sides agreed to continue the negotiations.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: 'Armenia and Azerbaijan met in Washington, a venue chosen by the mediators. Both sides agreed to exchange all prisoners.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);
