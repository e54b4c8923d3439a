// A precondition noun after "as" qualifies the stance of its own clause (trigger/qualifying-precondition): a refusal
// "as a precondition" stays one refusal, with no demand beside it; after a verb of regarding or naming the noun
// demands its object. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('"as a precondition" qualifies its clause', [
  { body: 'Aliyev said on Monday that Azerbaijan would not withdraw from any territory as a precondition.', want: ['AZE REJECT territory []'] },
  { body: 'Vucic said Serbia would not withdraw from the northern municipalities as a prerequisite.', want: ['SRB REJECT territory []'] },
  // after a verb of regarding, it demands
  { body: 'Moscow sees the withdrawal of Armenian troops as a precondition for talks.', want: ['RUS DEMAND territory []'] },
  // a demanding verb carries the demand
  { body: 'Baku demanded the withdrawal of Armenian troops as a prerequisite for any talks.', want: ['AZE DEMAND territory []'] },
]);
