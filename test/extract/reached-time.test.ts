// An agreement reported as reached inside a clause of time ("after a ceasefire had been agreed", "once a draft had been
// agreed", "before a settlement was reached"), or after "as"/"what", says when or refers to a deal: no acceptance
// (trigger/reached-time, triggers.ts). Reached in a main clause, it is still accepted. Sentences written for this test,
// about other disputes.
import { claimCases } from './helpers.js';

claimCases('a deal reached in a clause of time, or referred to: no acceptance', [
  { body: 'Kenya said its police would only be sent to Haiti after a ceasefire had been agreed.', want: [] },
  { body: 'Pashinyan said a summit with Aliyev could take place once a draft treaty had been agreed.', want: ['ARM OFFER talks []'] },
  { body: 'Serbian troops pulled back from the border as had been agreed.', want: [] },
]);

claimCases('a deal reached in a main clause: accepted', [
  { body: 'Pashinyan said an agreement on the border delimitation had been reached.', want: ['ARM ACCEPT territory []'] },
]);
