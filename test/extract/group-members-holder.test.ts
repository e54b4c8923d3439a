// Holders named as the members of a group (discourse/among-them-members, extended): a group of parties followed by
// its members' list, also after a relative clause and between dashes ("European leaders who met in Tirana – among
// them Spain's Pedro Sanchez and Poland's Donald Tusk – proposed …"), speaks as those members, one claim each (spec
// §3 rule 8), and "they" in the next sentence is those members too. Sentences written for this test, with parties and
// places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a group\'s members listed after a relative clause or between dashes hold its stance', [
  { body: 'European leaders who met Aliyev in Tirana on Friday – among them Spain\'s Pedro Sanchez, Poland\'s Donald Tusk and Italy\'s Giorgia Meloni – issued a statement proposing a monitoring mission to Armenia.', want: ['ESP PROPOSE security_guarantees []', 'POL PROPOSE security_guarantees []', 'ITA PROPOSE security_guarantees []'] },
  // a party named in the relative clause is no holder
  { body: 'European leaders who joined Kurti in Pristina on Monday – among them Austria\'s Karl Nehammer and Greece\'s Kyriakos Mitsotakis – issued a statement proposing a monitoring mission to the north.', want: ['AUT PROPOSE security_guarantees []', 'GRC PROPOSE security_guarantees []'] },
  { body: 'Several European governments – among them Spain, Poland and Italy – called for an immediate ceasefire in Sudan.', want: ['ESP DEMAND ceasefire []', 'POL DEMAND ceasefire []', 'ITA DEMAND ceasefire []'] },
  { body: 'Gulf states that attended the Jeddah meeting, among them Qatar and Oman, offered to host talks between the Sudanese army and the RSF.', want: ['QAT OFFER talks []', 'OMN OFFER talks []'] },
]);

claimCases('"they" after such a group is its members', [
  { body: 'European leaders who met Aliyev in Tirana on Friday – among them Spain\'s Pedro Sanchez and Poland\'s Donald Tusk – issued a joint statement. They said Armenia should never be forced to cede Syunik.', want: ['ESP DEMAND territory []', 'POL DEMAND territory []'] },
]);

claimCases('a list with no group before it, or a group with no list, is unchanged', [
  { body: 'Diplomats met in Tirana – among other things to discuss Syunik – and Spain called for an immediate ceasefire in Sudan.', want: ['ESP DEMAND ceasefire []'] },
  { body: 'Talks with several states – among them Qatar and Oman – have stalled, Egypt said.', want: [] },
]);
