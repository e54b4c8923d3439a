// A predicate's content is the clause before it (content/scope), but not past a verb of saying: "The European Union
// said the withdrawal of Serbian forces would be one of the main preconditions …" judges the withdrawal, and the
// speaker named before "said" is no part of it (its name must not give the claim an issue: "European Union" is no
// membership bid). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the subject of a predicate stops at the verb of saying', [
  { body: 'The European Union said the withdrawal of Serbian forces from Kosovo would be one of the main preconditions for lifting sanctions.', want: ['EU DEMAND territory []', 'EU REJECT sanctions []'] },
  // (The precondition for lifting sanctions also keeps them until then: candidate/withheld-relief.)
  { body: 'Azerbaijan said that the return of all Azerbaijani prisoners held by Armenia was a precondition for any talks.', want: ['AZE DEMAND humanitarian []'] },
  // (A name after the verb of saying is still the subject: "said Belgrade's recognition of Kosovo was a condition".)
  { body: 'The African Union said a ceasefire in Sudan was the first condition for any settlement.', want: ['AU DEMAND ceasefire []'] },
  // Past a time between the verb of saying and its "that"; an adjective of necessity and quote marks before the noun.
  { body: 'Azerbaijan\'s foreign ministry spokesman said on Friday that the withdrawal of Armenian troops from Lachin was "an important condition" for a deal.', want: ['AZE DEMAND territory []'] },
  { body: 'Vucic said the withdrawal of Kosovo special police from the north was an essential condition for any normalisation.', want: ['SRB DEMAND territory []'] },
  // (A relative "that" after the verb's object is no "said that": the subject runs back to it.)
  { body: 'Aliyev said any foreign units that appeared in Karabakh would be regarded as legitimate targets.', want: ['AZE THREATEN security_guarantees []'] },
]);
