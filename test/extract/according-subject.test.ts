// A credit to a source that opens a sentence ("According to a diplomat, the Azerbaijani side went further.") is a
// fronted adjunct: the party after its comma heads the sentence, so a later "It" stands for it, not for a party named
// before (discourse/according-subject). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"It" after "According to …, the X side …" is that side', [
  { body: 'Pashinyan said Armenia had proposed a summit. According to a diplomat, the Azerbaijani side went further than before. It demanded that Armenia change its constitution.', want: ['ARM PROPOSE talks []', 'AZE DEMAND governance []'] },
  { body: 'Vucic said Serbia wanted talks in Brussels. According to two officials briefed on the meeting, the Kosovo side hardened its position on Friday. It rejected any autonomy for the Serb-majority north.', want: ['SRB PROPOSE talks []', 'XKX REJECT rights []'] },
]);

claimCases('negatives: a party named as the next subject holds its own stance', [
  { body: 'Pashinyan said Armenia had proposed a summit. According to a diplomat, the Azerbaijani side went further than before. Armenia demanded that Baku withdraw its troops from the border.', want: ['ARM PROPOSE talks []', 'ARM DEMAND territory []'] },
]);
