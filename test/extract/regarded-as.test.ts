// A verb of regarding before a predicate's "as" (issue 7, stance constructions: evaluations): the object of
// "regard/consider/view/describe X as unacceptable" is everything between the verb and "as", whatever clause word
// it holds ("any Western boots on the ground after a settlement"), not only the words after the last "after";
// troop deployments are foreign forces (security guarantees). Sentences written for this test, with parties and
// places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the object of a verb of regarding runs to "as"', [
  { body: 'Baku said it would regard any French troops in Armenia after a peace deal as unacceptable.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Beijing said it would regard any US troop deployment on the islands before a settlement as a provocation.', want: ['CHN REJECT security_guarantees []'] },
  { body: 'Belgrade considers any NATO troops in northern Kosovo after the elections as unacceptable, Vucic said.', want: ['SRB REJECT security_guarantees []'] },
]);

claimCases('no object before "as"', [
  { body: 'Baku regarded the decision as final, the minister said after the meeting of the cabinet.', want: [] },
]);
