// "once again", "once more" repeat; no condition opens there, even before a party: the stance's content runs on
// (claim/if-condition 'adverbialNext'). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"once again" before the object is no condition', [
  { body: 'Lukashenko offered once again Minsk as the place of a meeting of the two presidents.', want: ['BLR OFFER talks []'] },
  { body: 'Erdogan proposed once more Istanbul as the venue for talks between Baku and Yerevan.', want: ['TUR PROPOSE talks []'] },
  { body: 'Kenya offered once again Nairobi as the venue for a meeting of the Sudanese army and the RSF.', want: ['KEN OFFER talks []'] },
]);

claimCases('"once" before a clause of its own is still a condition', [
  { body: 'Azerbaijan will be ready for talks once Armenia withdraws its troops from Karabakh.', want: ['AZE OFFER talks []', 'AZE DEMAND territory []'] },
  { body: 'Armenia is ready to sign the peace treaty once Azerbaijan withdraws its troops.', want: ['ARM OFFER talks []', 'ARM DEMAND territory []'] },
]);
