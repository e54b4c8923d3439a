// A party that drops or abandons its own call or demand ("Trump dropped his call for an immediate ceasefire",
// "abandoned his call for an immediate ceasefire in Ukraine") no longer wants it: a refusal of what it named (spec §2
// REJECT), not the call itself (claim/dropped-stance). Gold of own sets AC, X, H, T: USA REJECT ceasefire. Not
// dropping it keeps it ("has not dropped his demand", a demand), and another party's bid dropped on demand is that
// party's step ("demanded that Kyiv drop its bid to join NATO"). Sentences written for these tests, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('a call or demand dropped is refused', [
  { body: 'Washington dropped its call for an immediate truce between Armenia and Azerbaijan.', want: ['USA REJECT ceasefire []'] },
  { body: 'The EU abandoned its demand for new sanctions on Belgrade.', want: ['EU REJECT sanctions []'] },
  { body: 'Macron has dropped his earlier call for a ceasefire in Sudan.', want: ['FRA REJECT ceasefire []'] },
]);

claimCases('a side that drops its own demand concedes it', [
  { body: 'Pashinyan dropped his demand for the withdrawal of Azerbaijani troops.', want: ['ARM OFFER territory []'] },
]);

claimCases('not dropped, or another party\'s bid: unchanged', [
  { body: 'Washington has not dropped its call for an immediate truce between Armenia and Azerbaijan.', want: ['USA PROPOSE ceasefire []'] },
  { body: 'Moscow demanded that Tbilisi drop its bid to join NATO.', want: ['RUS DEMAND alliance []'] },
]);
