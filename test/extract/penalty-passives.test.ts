// A measure that "will be reinstated", "reimposed" or "revoked" under a condition is threatened
// (candidate/consequence-threat 'penaltyPassives', issue 7 recall: conditional constructions); its subject names the
// issue. Without a condition it reports a schedule. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a penalty in the passive under a condition threatens', [
  { body: 'Aliyev said that if Armenia attacked again, the sanctions would be reimposed.', want: ['AZE THREATEN sanctions []', 'AZE REJECT other []'] },
  // (No condition: a schedule.)
  { body: 'The sanctions will be reinstated next month, officials said.', want: [] },
]);
