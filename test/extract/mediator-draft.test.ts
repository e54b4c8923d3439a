// A plan drafted by a mediator together with one side of the dispute is the mediator's proposal: its provisions are
// the mediator's PROPOSE, not the co-drafting side's (holder/mediator-draft, in holder/document-provision). Parties
// that finalised or issued a text together each hold its points, and so do sides drafting alone or mediators together.
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

const MET = 'Armenian and Azerbaijani negotiators met in Geneva on Friday. ';

claimCases('a plan drafted by a mediator with one side: its points are the mediator\'s', [
  { body: `${MET}The plan drawn up by Washington and Baku would cap Armenia's army at 20,000 troops.`, want: ['USA PROPOSE military_limits []'] },
  { body: `${MET}The draft, drawn up by US envoy Tom Barrack with Azerbaijani adviser Hikmet Hajiyev, would cap Armenia's army at 20,000 troops.`, want: ['USA PROPOSE military_limits []'] },
  // (A paraphrase: the points in the next sentence, the plan named by reference.)
  { body: 'Serbian and Kosovar negotiators met in Brussels. The new plan was drafted by the EU with Belgrade last month. Under the plan, the Kosovo Security Force would be capped at 5,000 troops.', want: ['EU PROPOSE military_limits []'] },
]);

claimCases('every author holds the points: texts finalised together, two sides, two mediators', [
  { body: `${MET}Washington and Yerevan finalised a 12-point plan in Miami on Sunday. The plan would also keep Armenia's army at its current size of 40,000.`, want: ['USA PROPOSE military_limits []', 'ARM PROPOSE military_limits []'] },
  { body: `${MET}The plan drafted by Qatar and Egypt would cap Armenia's army at 20,000 troops.`, want: ['QAT PROPOSE military_limits []', 'EGY PROPOSE military_limits []'] },
]);
