// Refusing to accept that a deal needs something refuses that thing as its condition (sentence/complement
// refusedNeeds): "Kyiv does not accept that the deal needs Russian sanctions relief" = UKR REJECT sanctions, not a
// demand for the relief. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a need refused in the clause of a refused acceptance', [
  { body: 'Pristina does not accept that the agreement needs autonomy for the Serb municipalities.', want: ['XKX REJECT governance []'] },
  { body: 'Seoul, for its part, does not accept that any deal requires sanctions relief for Pyongyang.', want: ['KOR REJECT sanctions []'] },
  { body: 'Yerevan does not accept that the peace treaty needs changes to its constitution, Pashinyan said.', want: ['ARM REJECT governance []'] },
  // (An accepted need stays the clause's demand; a need outside the clause is the speaker's own.)
  { body: 'Seoul says any deal requires sanctions relief for Pyongyang.', want: ['KOR DEMAND sanctions []'] },
]);
