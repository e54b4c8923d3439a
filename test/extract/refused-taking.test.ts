// Spec rule 7: refusing one's own acquisitive act is a concession. "Not interested in" refuses like "no interest
// in"; annexing, occupying, conquering are acquisitive; taking, seizing, capturing or holding are acquisitive of land
// only, with a place or a land noun after them (trigger/rule7-own-acquisition 'landVerbs'). Sentences written for
// this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('refusing to take land offers it', [
  { body: 'Armenia is not interested in taking the territory of Nakhchivan, the ministry said.', want: ['ARM OFFER territory []'] },
  { body: 'Azerbaijan is not interested in seizing Armenian land, Aliyev said.', want: ['AZE OFFER territory []'] },
  { body: 'Ukraine has no interest in holding the Kursk region, Zelensky said.', want: ['UKR OFFER territory [RU-KRS]'] },
  { body: 'Kyiv has no intention of occupying the Belgorod region, the foreign ministry said.', want: ['UKR OFFER territory [RU-BEL]'] },
]);

claimCases('"not interested in" refuses what is not acquired', [
  { body: 'Kosovo is not interested in talks with Belgrade, Kurti said.', want: ['XKX REJECT talks []'] },
]);

claimCases('taking or seizing anything but land is no concession', [
  { body: 'Belgium rejected seizing the frozen Russian assets, De Wever said.', want: ['BEL REJECT sanctions []'] },
  { body: 'Hungary is not interested in taking part in the coalition of the willing, Orban said.', want: [] },
]);
