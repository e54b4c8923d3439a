// A noun of proposing as the object of an answer ("ready to accept this proposal", "rejected the idea") refers to the
// proposal of the party whose stance was last, even when that party's own offer came after it in the same package
// (content/anaphoric-object 'proposalNouns'); another party's older proposal is not taken over a later offer.
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a noun of proposing takes the proposal of the package', [
  { body: 'Qatar proposed a 60-day truce in Gaza. Qatar would also resume fuel deliveries to the enclave. Israel is ready to accept this proposal, Netanyahu said.', want: ['QAT PROPOSE ceasefire []', 'ISR ACCEPT ceasefire []'] },
  { body: 'Washington proposed an exchange of prisoners. The United States would also lift sanctions on Belgrade. Pristina rejected the idea.', want: ['USA PROPOSE humanitarian []', 'USA OFFER sanctions []', 'XKX REJECT humanitarian []'] },
]);

claimCases('negatives: another party\'s older proposal is not the antecedent', [
  { body: 'Brussels proposed a ceasefire in March. Belgrade demanded the withdrawal of Kosovo police. Armenia offered talks. Baku rejected the proposal.', want: ['EU PROPOSE ceasefire []', 'SRB DEMAND territory []', 'ARM OFFER talks []', 'AZE REJECT talks []'] },
]);
