// A third party asking one side to consider, weigh or explore something suggests it (claim/mediator-proposes
// 'considering'), on any issue; asking it to do the thing stays a demand; a principal side asking stays a demand.
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('asked to consider: a suggestion', [
  { body: 'Erdogan asked President Aliyev to consider whether a ceasefire could come first.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'The Pope urged Kyiv to weigh a prisoner exchange before the winter.', want: ['VAT PROPOSE humanitarian []'] },
  // (Asked to do it: a demand on the party asked.)
  { body: 'Macron asked Moscow to withdraw its troops from the Kharkiv region.', want: ['FRA DEMAND territory [UA-63]'] },
  // (A principal side's ask stays its demand.)
  { body: 'Zelensky asked Putin to consider a ceasefire.', want: ['UKR DEMAND ceasefire []'] },
]);
