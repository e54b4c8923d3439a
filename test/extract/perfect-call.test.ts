// A third party's call in the present perfect is a standing call, a demand (claim/perfect-call, perfect-call.ts):
// "has called for dialogue" states where a bystander has stood over time, as "continued to call for" does
// (claim/standing-call), not an arrangement it puts forward on the day (claim/mediator-proposes). A plain call, a
// past perfect report, and other verbs in the perfect keep their readings. Sentences written for this test, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('a call in the present perfect is a standing demand', [
  { body: 'Kenya has called for dialogue between Ethiopia and Eritrea throughout the crisis.', want: ['KEN DEMAND talks []'] },
  { body: 'Norway has consistently called for a negotiated settlement between Serbia and Kosovo.', want: ['NOR DEMAND talks []'] },
  { body: 'Egypt, which borders Sudan, has long called for a ceasefire between the army and the RSF.', want: ['EGY DEMAND ceasefire []'] },
]);

claimCases('a plain call or another verb in the perfect keeps its reading', [
  { body: 'Qatar called for dialogue between Ethiopia and Eritrea on Monday.', want: ['QAT PROPOSE talks []'] },
  { body: 'Turkey has offered to host talks between Armenia and Azerbaijan.', want: ['TUR OFFER talks []'] },
]);
