// A party's "own version" put forward against the plan under talks is a plan (rules.json discourse/documents
// 'ownPlans'): its "it" in the next sentence states the counter-plan's provisions, also after a longer "According to a
// copy seen by …" opener (discourse/document-pronoun-opener). "pledging" is the promise cue's participle ("issued a joint
// statement pledging a reassurance force"). Sentences written for this test, with other parties and places than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('a party\'s own version is its counter-plan', [
  {
    body: 'Britain, France and Germany had put forward their own version on Sunday. According to a copy seen by reporters, it would take the current line of contact as the starting point for territorial talks.',
    want: ['DEU PROPOSE territory []', 'FRA PROPOSE territory []', 'GBR PROPOSE territory []'],
  },
  // paraphrase: another dispute, one author
  {
    body: 'Kosovo put forward its own version on Friday. According to a copy seen by this newspaper, it would cap the Serbian army at 20,000 troops.',
    want: ['XKX PROPOSE military_limits []'],
  },
], (c) => c.type === 'PROPOSE' && c.issue !== 'talks' && c.issue !== 'other');

claimCases('pledging: a promise', [
  {
    body: 'The leaders of Turkey, Qatar and Egypt issued a joint statement on Monday pledging a monitoring force for Gaza after a ceasefire.',
    want: ['EGY OFFER security_guarantees []', 'QAT OFFER security_guarantees []', 'TUR OFFER security_guarantees []'],
  },
], (c) => c.type === 'OFFER');

claimCases('a version of something else is no plan', [
  // (An earlier version of an article.)
  { body: 'An earlier version of this article misstated the date. It would have said the talks began on Monday.', want: [] },
], (c) => c.type === 'PROPOSE');
