// A condition stated as a noun (issue 7, "conditions stated as nouns"): "the withdrawal of Kosovo police from the north
// was a condition for resuming talks". The noun of condition with its "for" is a predicate of its subject, which the
// speaker demands (trigger/predicate-noun forNouns); what follows "for" is what the condition is set for. A condition
// of weather or health, or a condition with no speaker, is no demand. A condition set for lifting or reconsidering a
// penalty also refuses the relief until then (candidate/withheld-relief, forty-second session; the blind-late gold gives
// both claims for this sentence's original). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a condition for something', [
  { body: 'Belgrade said the withdrawal of Kosovo police from the north was a condition for resuming talks.', want: ['SRB DEMAND territory []'] },
  { body: 'The European Commission stated that the full withdrawal of Russian forces from Ukraine would be a key condition for reconsidering the sanctions.', want: ['EU DEMAND territory []', 'EU REJECT sanctions []'] },
  { body: 'Seoul said the release of the abducted fishermen remained a precondition for any summit with Pyongyang.', want: ['KOR DEMAND humanitarian []'] },
]);

claimCases('no condition demanded', [
  { body: 'Calm weather was a condition for resuming the aid flights, the pilots said.', want: [] },
  { body: 'His health was the main condition for the trip.', want: [] },
]);
