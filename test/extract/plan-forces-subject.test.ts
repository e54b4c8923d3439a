// A party's forces heading a provision of a plan are that party as its subject (sentence/plan-forces-subject): in a
// principal side's own plan, "Under the draft, Armenian forces would withdraw from the villages" is what the authors
// demand of Armenia (sentence/plan-other-side-concession), not their offer; the authors' own forces stay their
// offer. In a mediator's draft, another party's forces' "would not" is a provision (sentence/plan-negated-provision).
// Sentences written for this test, on other disputes than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the other side\'s forces in a principal side\'s plan: a demand', [
  { body: 'Azerbaijan published its draft peace treaty on Monday. Under the draft, Armenian forces would withdraw from the disputed villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Ethiopia published its peace plan on Monday. Under the plan, Eritrean troops would fully withdraw from Badme.', want: ['ETH PROPOSE talks []', 'ETH DEMAND territory []'] },
]);

claimCases('a mediator\'s draft: another party\'s forces\' "would not" is a provision', [
  { body: 'Qatar circulated a draft on Monday. Under the Qatari draft, Israeli forces would not resume strikes in Gaza.', want: ['QAT PROPOSE ceasefire []'] },
]);

// Negatives: the authors' own forces, or the authors named, stay an offer.
claimCases('the authors\' own forces: an offer', [
  { body: 'Azerbaijan published its draft peace treaty on Monday. Under the draft, Azerbaijani forces would pull back from the border.', want: ['AZE OFFER territory []'] },
  { body: 'Ethiopia published its peace plan on Monday. Under the plan, Ethiopian troops would withdraw from Badme.', want: ['ETH PROPOSE talks []', 'ETH OFFER territory []'] },
  { body: 'Serbia published its plan on Monday. Under the plan, Serbia would withdraw its police from the north.', want: ['SRB OFFER territory []'] },
]);
