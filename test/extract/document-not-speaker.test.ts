// A verb of saying coordinated after a that-clause whose subject is a document (holder/coordinated-verb): "Aliyev told
// his council that the plan 'could be the basis for a settlement', and warned that Azerbaijani forces would take more
// territory" — the plan does not warn; the threat is Aliyev's, who reported the clause. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a document in the that-clause does not speak the coordinated verb', [
  { body: 'Washington\'s peace plan for the Caucasus was leaked on Wednesday. Aliyev told his security council on Friday that the plan "could be the basis for a final settlement" if it were discussed in detail, and warned that Azerbaijani forces would take more territory if Yerevan refused.', want: ['AZE THREATEN territory []'] },
], (c) => c.type === 'THREATEN' || c.issue === 'territory');

claimCases('what the plan itself provides stays its authors\'', [
  { body: 'Washington\'s peace plan for the Caucasus was leaked on Wednesday. Under the plan, Armenia would not join any military alliance.', want: ['USA PROPOSE alliance []'] },
], (c) => c.issue === 'alliance');
