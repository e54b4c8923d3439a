// "The UAE stood ready to continue supporting the efforts of all sides", "it was ready to keep supporting dialogue",
// "it would continue to support any effort leading to a lasting solution": support that a party says it will go on
// giving is its own undertaking, an OFFER (spec §2: "the actor signals it would itself do or give something"), not
// the acceptance of someone's proposal that "support" alone would be (trigger/continued-support). Support of a
// principle ("will continue to support the territorial integrity of …") stays what claim/backed-principle makes of
// it, and support given in the past ("continued to support the initiative") is no undertaking. Sentences written
// for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('support one will go on giving', [
  { body: 'Qatar said it stood ready to continue supporting the efforts of both sides to reach a peace deal between Armenia and Azerbaijan.', want: ['QAT OFFER talks []'] },
  { body: 'Kenya said it was ready to keep supporting dialogue between Khartoum and the RSF.', want: ['KEN OFFER talks []'] },
  { body: 'Turkey said it would continue to support any initiative that brings Serbia and Kosovo to the negotiating table.', want: ['TUR OFFER talks []'] },
  { body: 'The African Union will continue to support further prisoner exchanges between Ethiopia and Eritrea.', want: ['AU OFFER humanitarian []'] },
]);

claimCases('support one commits to give', [
  { body: 'Ankara pledged to support Armenia\'s armed forces with military aid.', want: ['TUR OFFER military_limits []'] },
  { body: 'Washington would also commit to supporting the monitoring force in Armenia if it came under attack.', want: ['USA OFFER security_guarantees []'] },
]);

claimCases('support of a principle, past support, or support alone', [
  { body: 'Ghana will continue to support the territorial integrity of Azerbaijan.', want: ['GHA DEMAND territory []'] },
  { body: 'Ghana continued to support the African peace initiative.', want: ['GHA ACCEPT talks []'] },
]);
