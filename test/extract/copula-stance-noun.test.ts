// "The demand, set out in a letter, is that …", "Its proposal is that …": a stance noun heading its sentence whose
// copula opens a that-clause or a colon states a stance, held by its possessor or by the speaker the paragraph
// carries (holder/copula-stance-noun), not a reference back to one reported before. Found by the paraphrase
// battery 3 (stance-noun). Passages written for this test.
import { claimCases } from './helpers.js';

claimCases('a stance noun whose copula opens its content states the stance', [
  { body: "Kosovo's foreign minister spoke in Pristina on Monday. The demand, set out in a letter to Brussels, is that Serbia recognise Kosovo's independence.", want: ['XKX DEMAND recognition []'] },
  { body: "Egypt's foreign ministry briefed reporters in Cairo. Its proposal is that both sides observe a thirty-day truce.", want: ['EGY PROPOSE ceasefire []'] },
]);

claimCases('a reference back, or nobody to hold it', [
  { body: "Azerbaijan's foreign minister spoke on Friday. The demand, first made in March, was repeated in Vienna.", want: [] },
  { body: 'The proposal is that both sides observe a thirty-day truce.', want: [] },
]);
