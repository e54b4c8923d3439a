// A verb of accepting or offering in the base form that heads one more complement of a demand verb (a that-clause
// coordinated after "and" or a comma, or a coordinated infinitive) is one more thing demanded, not the asked party's
// acceptance (trigger/demand-coordinated-verb, deontic-coordination.ts; as trigger/deontic-coordinated-verb reads
// one under "must"). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('an acceptance coordinated under a demand is demanded', [
  { body: 'Baku demanded that Armenia withdraw its troops from Lachin, and that it accept the independence of the enclave.', want: ['AZE DEMAND recognition []', 'AZE DEMAND territory []'] },
  { body: 'Belgrade has demanded that Kosovo disband its army and that it accept what Serbia calls demilitarisation.', want: ['SRB DEMAND military_limits []'] },
  { body: 'The African Union called on both parties to seize the moment and agree to a comprehensive ceasefire in Sudan.', want: ['AU DEMAND ceasefire []'] },
]);

claimCases('an acceptance of its own stays one', [
  // (An inflected verb with a subject of its own: Armenia's acceptance, not part of the demand.)
  { body: 'Baku demanded that Armenia withdraw from Lachin, and Yerevan accepted a ceasefire.', want: ['AZE DEMAND territory []', 'ARM ACCEPT ceasefire []'] },
  // (A report of another statement after "said": no demand to extend.)
  { body: 'Egypt said it wanted talks in Cairo and that it would accept a ceasefire in Sudan.', want: ['EGY PROPOSE talks []', 'EGY ACCEPT ceasefire []'] },
]);
