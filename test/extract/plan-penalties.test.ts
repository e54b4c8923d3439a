// A penalty a plan sets for a party's act is its authors' threat (sentence/plan-proposes, issue 7 recall: stance
// constructions): "Under the draft, if Kyiv attacks Russian cities, it will lose the guarantee" is THREATEN, not the
// PROPOSE a plan's other content is. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a plan\'s penalty threatens', [
  { body: 'Under the US plan, Serbia would lose the security guarantee if it attacked Kosovo.', want: ['USA THREATEN security_guarantees []'] },
  // (What the plan gives is still its proposal.)
  { body: 'Under the EU plan, Armenia would receive a security guarantee.', want: ['EU PROPOSE security_guarantees []'] },
]);
