// "Elections can only be held if a long-term ceasefire is achieved": a modal passive with a restrictive "only" and a
// condition after it names a precondition, the speaker's demand, as "only after" and "only once" already did
// (candidate/only-precondition preps). Before, "only" and "if" apart read no stance at all. Sentences written for
// this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a modal passive, "only" and "if": the condition is demanded', [
  { body: 'Sanctions will only be lifted if Russia withdraws its troops from Georgia, the EU foreign policy chief said.', want: ['EU DEMAND territory []'] },
  { body: 'Aliyev said a peace treaty could only be signed if Armenia changes its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'Elections in Gaza can only be held if a lasting ceasefire is in place, the Egyptian foreign minister said.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Seoul said aid could only be resumed if Pyongyang halted its missile tests.', want: ['KOR DEMAND military_limits []'] },
]);

claimCases('"only … if" with no issue or no speaker gives nothing', [
  { body: 'The situation can only be described as dire if the aid does not arrive.', want: [] },
  { body: 'The report can only be published if the committee approves it.', want: [] },
]);
