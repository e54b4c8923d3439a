// The African Union and the Arab League speak as parties of their own (AU, LAS: the codes the blind gold gives
// their statements), and so do the people who speak for them and for Brazil's and Russia's diplomacy (people.json).
// Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('regional organisations and their officials hold their stances', [
  { body: 'The African Union called on Russia and Ukraine to return to negotiations without delay.', want: ['AU PROPOSE talks []'] },
  { body: 'The AU said it stood ready to host talks between the two sides in Addis Ababa.', want: ['AU OFFER talks []'] },
  { body: 'The Arab League offered to mediate a prisoner exchange between the warring parties.', want: ['LAS OFFER humanitarian []'] },
  { body: 'Ahmed Aboul Gheit said the Arab League rejected any annexation of occupied land.', want: ['LAS REJECT recognition []'] },
  { body: 'Celso Amorim said Brazil was ready to host a meeting of the two delegations.', want: ['BRA OFFER talks []'] },
  { body: 'Grigory Karasin said Moscow would not accept European troops in Ukraine.', want: ['RUS REJECT security_guarantees []'] },
]);

claimCases('the same words as ordinary words give no party', [
  { body: 'The union of farmers called for a ceasefire.', want: [] },
]);
