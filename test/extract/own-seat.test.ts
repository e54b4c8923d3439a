// A party's own seat at the talks claimed (claim/own-seat): a deontic whose subject is the holder's own side ("Europe
// should have a seat in negotiations" said by European diplomats, "Turkey must be part of any talks" said by Ankara)
// is its demand on the others, not the format a mediator puts forward; another party's seat named by a third party
// ("the European Union would have to be at the table", said by Washington) stays that proposal. Sentences written for
// this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases("the holder's own seat claimed is a demand", [
  { body: 'Three European diplomats said Europe should have a seat in negotiations between Serbia and Kosovo.', want: ['EUR DEMAND talks []'] },
  { body: 'The Turkish foreign minister said Turkey must be part of any negotiations on Gaza.', want: ['TUR DEMAND talks []'] },
  { body: 'Qatar\'s prime minister said Qatar should have a seat at the table in any talks between Israel and Hamas.', want: ['QAT DEMAND talks []'] },
]);

claimCases("another's seat named by a third party stays a proposal", [
  { body: 'Rubio said the European Union would have to be at the table at some point in the talks on Kosovo.', want: ['USA PROPOSE talks []'] },
]);
