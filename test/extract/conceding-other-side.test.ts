// A side's proposal whose content is the OTHER side's concession ("Kyiv proposed that Russia begin withdrawing its
// troops", "Moscow's proposals for the demilitarisation of the areas controlled by Kyiv", a formula "including the
// withdrawal of Russian troops") wants the other side to do or give something: a demand (spec §2 DEMAND; §3 rule 6,
// "proposed keeping the entire Donbas" is a DEMAND), not a proposal (claim/other-side-concession). Gold of own sets
// AG, AJ, N, X. A mediator's proposal that one side withdraw stays a proposal (gold of own sets V, Z, D: USA PROPOSE
// territory), and so do a mutual withdrawal and a side's proposal of its own step. Sentences written for these tests,
// on other disputes.
import { claimCases } from './helpers.js';

claimCases('a side proposing the other side\'s concession demands it', [
  { body: 'Pashinyan proposed that Azerbaijan begin withdrawing its troops from Armenian territory by March.', want: ['ARM DEMAND territory []'] },
  { body: 'Aliyev proposed that Armenia withdraw its forces from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Baku tabled proposals for the demilitarisation of the areas controlled by Yerevan.', want: ['AZE DEMAND military_limits []'] },
  { body: 'Kurti proposed a plan of his own, including the withdrawal of Serbian troops from the border.', want: ['XKX DEMAND territory []'] },
]);

claimCases('a mediator\'s, a mutual or an own step stays a proposal', [
  { body: 'Washington proposed that Armenia withdraw from the border villages.', want: ['USA PROPOSE territory []'] },
  { body: 'Pashinyan proposed that Armenian and Azerbaijani troops withdraw from the border.', want: ['ARM PROPOSE territory []'] },
  { body: 'Pashinyan proposed that both sides withdraw their troops from the border.', want: ['ARM PROPOSE territory []'] },
  { body: 'Pashinyan proposed that Armenia withdraw its troops from the border.', want: ['ARM PROPOSE territory []'] },
]);
