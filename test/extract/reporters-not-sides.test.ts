// Two parties named apart before "the two sides", each a speaker in its own clause and neither a principal side,
// are those who report the talks, not the sides at them (discourse/reporters-not-sides, src/annotate/both-sides.ts):
// "the two sides" after their verb of saying stays the principal pair (spec §3 rule 8: one claim each). Sentences
// written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"said the two sides" after two reporting parties: the principal pair', [
  { body: 'Armenian and Azerbaijani negotiators met in Geneva on Monday. Antony Blinken said the United States hoped for a quick deal, and the Egyptian foreign minister, who hosted the round, said the two sides had agreed to meet again.', want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'] },
  { body: 'Serbian and Kosovar officials held talks in Brussels. Norway welcomed the round, and the Swiss foreign minister told reporters the two sides had agreed to a prisoner exchange.', want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'] },
], (c) => c.type === 'ACCEPT');

claimCases('near shapes that keep their own pair', [
  // One of the two is a principal side: the speaker reports its own talks.
  { body: 'Serbian and Kosovar officials held talks in Brussels. After meeting Vucic, Kurti said the two had agreed to meet again.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  // The two joined as one phrase are the pair that speaks for itself.
  { body: 'Armenian and Azerbaijani negotiators met in Geneva. Kenya and Ethiopia said the two countries had agreed to a prisoner exchange.', want: ['KEN ACCEPT humanitarian []', 'ETH ACCEPT humanitarian []'] },
  // No verb of saying before "the two sides": a pair of the sentence's own parties.
  { body: 'Armenian and Azerbaijani negotiators met in Geneva. Britain and France signed a declaration under which the two countries would send troops to Kosovo.', want: ['GBR OFFER security_guarantees []', 'FRA OFFER security_guarantees []'] },
], (c) => c.type === 'ACCEPT' || c.type === 'OFFER');
