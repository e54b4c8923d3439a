// Having, or making, no (further) territorial claims, or renouncing them, is a concession on land (cues.json
// no-claims; spec §3 rule 7: "Russia is not seeking any further territorial claims" = RUS OFFER territory).
// Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('no territorial claims is an offer on territory', [
  { body: 'Azerbaijan has no territorial claims on Armenia, Aliyev said on Tuesday.', want: ['AZE OFFER territory []'] },
  { body: 'Vucic said Serbia was not making any further territorial claims on Kosovo.', want: ['SRB OFFER territory []'] },
  { body: 'Eritrea renounced its territorial claims on the Badme area, its foreign minister said.', want: ['ERI OFFER territory []'] },
  // (A claim asserted is no concession, and this cue says nothing then.)
  { body: 'Ethiopia has long-standing claims on the port of Assab, analysts say.', want: [] },
]);
