// A predicate whose subject is a lone demonstrative after a verb of saying ("has made clear that is unacceptable",
// "said it would be a step in the right direction") judges what another party last asked or offered: it takes that
// stance's issue (content/anaphoric-object, issue 7 recall: issue gate). Sentences written for this test, with other
// parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"that is unacceptable" answers the last stance', [
  { body: 'Azerbaijan demands that Armenia withdraw its troops from Syunik. Yerevan has made clear that is unacceptable.', want: ['AZE DEMAND territory []', 'ARM REJECT territory []'] },
  { body: 'Tehran offered to resume talks on its nuclear programme. Washington said it would be a step in the right direction.', want: ['IRN OFFER talks []', 'USA ACCEPT talks []'] },
  // (Nothing before it to answer.)
  { body: 'Yerevan said that is unacceptable.', want: [] },
]);
