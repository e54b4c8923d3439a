// A stance noun right before "for" takes the "for" itself (candidate/gap-verb 'nounPreps'): "Baku called the Armenian
// proposal for a mission 'a non-starter'" names the proposal and judges it; it is no "called … for", no demand of the
// mission by Baku. Found by the paraphrase battery (reject-phrase). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('"called <stance noun> for …" + a judgement: the noun\'s author proposes, the speaker judges', [
  { body: "Baku called the Armenian proposal for an international monitoring mission on the border 'a non-starter'.", want: ['ARM PROPOSE security_guarantees []', 'AZE REJECT security_guarantees []'] },
  { body: 'Pristina called the Serbian demand for autonomy unacceptable.', want: ['SRB DEMAND governance []', 'XKX REJECT governance []'] },
  { body: 'Taipei called the Chinese offer for talks a trap.', want: ['CHN OFFER talks []', 'TWN REJECT talks []'] },
]);

claimCases('the verb keeps its preposition past other words, and "to" after a plan noun', [
  { body: 'Armenia called on Tuesday for talks in Brussels.', want: ['ARM DEMAND talks []'] },
  { body: 'Kyiv asked its allies for more air defence systems.', want: ['UKR DEMAND military_limits []'] },
  { body: 'The EU agreed a compromise plan to block Russian oil imports.', want: ['EU ACCEPT sanctions []'] },
]);
