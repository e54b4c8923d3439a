// What another party will gain under a condition is the speaker's offer, and the condition its demand
// (candidate/consequence-offer, issue 7 recall: conditional constructions), also inside the speaker's quote.
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"X can join the talks if it leaves" offers and demands', [
  { body: '"Armenia can join the talks even tomorrow if it leaves our territories," Aliyev said.', want: ['AZE OFFER talks []', 'AZE DEMAND territory []'] },
  { body: 'Aliyev said Armenia will get its prisoners back if it stops shelling Nakhchivan.', want: ['AZE OFFER humanitarian []', 'AZE DEMAND ceasefire []'] },
  // (The speaker's own party's gain is its aim, no offer.)
  { body: 'Zelensky said Ukraine would join NATO if the allies agreed.', want: [] },
  // (No speaker named: a forecast.)
  { body: 'Armenia will get its prisoners back if it stops shelling Nakhchivan.', want: [] },
]);
