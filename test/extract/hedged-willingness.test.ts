// "was prepared in principle to contribute troops", "ready, in principle, to host the talks": an adverb that hedges
// between a word of willingness and its "to" leaves the offer an offer (trigger/trailing-adverb 'willingWords'; a cue
// among the words a gap verb stepped over keeps the gap verb's type); "agreed in principle to" stays an acceptance.
// Passages written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a hedged willingness is an offer (trigger/trailing-adverb)', [
  { body: 'Serbia said it was ready in principle to join the monitoring mission.', want: ['SRB OFFER security_guarantees []'] },
  { body: 'The Turkish foreign minister said Ankara was prepared in principle to be one of the guarantor states of an Armenian settlement.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'Kenya said it was willing in principle to send troops to a peacekeeping force in Sudan.', want: ['KEN OFFER security_guarantees []'] },
  { body: 'Qatar said it was ready, in principle, to host talks between Israel and Hamas.', want: ['QAT OFFER talks []'] },
]);

claimCases('an acceptance in principle stays an acceptance', [
  { body: 'Serbia agreed in principle to the EU proposal for talks with Kosovo.', want: ['EU PROPOSE talks []', 'SRB ACCEPT talks []'] },
  { body: 'Baku accepted the plan for talks in principle.', want: ['AZE ACCEPT talks []'] },
]);
