// A predicate's content is the clause before it (content/scope), but not past a verb of saying: "The European Union
// said the withdrawal of Serbian forces would be one of the main preconditions …" judges the withdrawal, and the
// speaker named before "said" is no part of it (its name must not give the claim an issue: "European Union" is no
// membership bid). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the subject of a predicate stops at the verb of saying', [
  { body: 'The European Union said the withdrawal of Serbian forces from Kosovo would be one of the main preconditions for lifting sanctions.', want: ['EU DEMAND territory []'] },
  { body: 'Azerbaijan said that the return of all Azerbaijani prisoners held by Armenia was a precondition for any talks.', want: ['AZE DEMAND humanitarian []'] },
  // (A name after the verb of saying is still the subject: "said Belgrade's recognition of Kosovo was a condition".)
  { body: 'The African Union said a ceasefire in Sudan was the first condition for any settlement.', want: ['AU DEMAND ceasefire []'] },
]);
