// An apposition after a party or group, "a group of …, ", describes it: the parties inside it are not the subject nor
// the author of a document after it (discourse/group-apposition). Sentences written for this test, with parties and
// places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the group before the apposition holds the stance and authors the document', [
  { body: 'The African Union, a bloc of 55 states including Egypt and Ethiopia, issued a statement on Sudan on Sunday. In that statement the bloc called for an immediate ceasefire.', want: ['AU PROPOSE ceasefire []'] },
  { body: 'Leaders of the Arab League, a group of 22 states backing Sudan, signed a declaration in Cairo on Monday. Under the declaration, the league commits to deploying monitors to the ceasefire line.', want: ['LAS OFFER security_guarantees []'] },
]);

claimCases('no apposition: a list of parties, a clause after the comma', [
  { body: 'The African Union, Egypt and Ethiopia called for an immediate ceasefire in Sudan.', want: ['AU DEMAND ceasefire []', 'EGY DEMAND ceasefire []', 'ETH DEMAND ceasefire []'] },
  { body: 'Kenya, a member of the African Union, called for an immediate ceasefire in Sudan.', want: ['KEN DEMAND ceasefire []'] },
]);
