// A third party's hedged obligation ("might/may/could have to") suggests a settlement: PROPOSE on any issue, territory
// included (claim/mediator-proposes 'hedges'); a plain "must" stays a demand. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases("a third party's hedged obligation is a proposal", [
  { body: 'Lula suggested that Ukraine might have to give up Crimea.', want: ['BRA PROPOSE territory [UA-43]'] },
  { body: 'Modi said Ukraine may have to let go of parts of the Donetsk region.', want: ['IND PROPOSE territory [UA-14]'] },
  // (Not hedged: a demand.)
  { body: 'Lula said Ukraine must give up Crimea.', want: ['BRA DEMAND territory [UA-43]'] },
]);
