// A commitment verb in the passive after a bare "be" ("proposed that the route be guaranteed by both sides") is the
// content of the proposal or demand that governs it: the party after "by" is named for the role and promises nothing
// (trigger/mandated-commitment). With a modal ("would be guaranteed by Russia, Putin said") it is the agent's own
// commitment, reported, and stays. Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a commitment mandated by a proposal or demand is not the agent\'s promise', [
  { body: 'Egypt proposed that the security of the Rafah crossing be guaranteed by Israel and Hamas.', want: ['EGY PROPOSE security_guarantees []'] },
  { body: 'Qatar proposed that the safety of shipping in the Red Sea be guaranteed by both sides.', want: ['QAT PROPOSE other []'] },
  { body: 'Yerevan suggested that the security of the Lachin road be guaranteed by Russian peacekeepers.', want: ['ARM PROPOSE security_guarantees []'] },
  // (A modal before "be": the agent's own commitment, reported.)
  { body: 'Putin said the security of Armenia would be guaranteed by Russia.', want: ['RUS OFFER security_guarantees []'] },
]);
