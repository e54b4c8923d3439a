// Spec rule 7: refusing one's own acquisitive act is a concession. Acquiring, developing or possessing arms, and
// hosting or stationing foreign bases or troops, are acquisitive by their object (trigger/rule7-own-acquisition
// 'armsVerbs'): refusing them offers, as a modal's verb ("would not acquire …") or after a refusal cue. The same verbs
// with another object (hosting talks, developing a plan) stay refusals.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a refused act of acquiring arms or hosting forces offers', [
  { body: 'Under the proposal, Armenia would also not acquire nuclear weapons and would not host foreign military bases on its territory, its negotiator said.', want: ['ARM OFFER military_limits []', 'ARM OFFER security_guarantees []'] },
  { body: 'Iran will never develop a nuclear weapon, its foreign minister said.', want: ['IRN OFFER military_limits []'] },
  { body: 'Belarus refused to station foreign troops on its soil, its defence minister said.', want: ['BLR OFFER security_guarantees []'] },
]);

claimCases('the same verbs with another object refuse', [
  { body: 'Armenia would not host the talks, its negotiator said.', want: ['ARM REJECT talks []'] },
]);
