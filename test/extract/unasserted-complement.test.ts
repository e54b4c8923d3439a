// A stance inside what a party did not say, or what a fact does not show ("did not say Baku was ready to sign", "did not
// say when the leaders might meet", "did not mean they had endorsed the plan", "little sign that either side was ready
// to stop fighting") is no claim (trigger/unasserted-complement). Sentences written for this test, on other disputes;
// the stances said outside the negated complement stay.
import { claimCases } from './helpers.js';

claimCases('a stance inside a negated verb of saying or meaning is no claim', [
  { body: 'Aliyev did not say Azerbaijan was ready to return to the 2023 draft.', want: [] },
  { body: 'Belgrade never said that Serbia was willing to meet Kurti in Brussels.', want: [] },
  { body: 'Eritrea\'s presence was a success for Addis Ababa, though it did not mean Asmara had endorsed its plan.', want: [] },
  { body: 'Hamas did not say that it would accept the Egyptian truce proposal.', want: [] },
  { body: 'The Sudanese army declined to say when talks with the RSF would resume in Jeddah.', want: [] },
]);

claimCases('a stance inside a noun of evidence after a word of absence is no claim', [
  { body: 'The mediators left Port Sudan with little sign that either side was ready to stop fighting.', want: [] },
  { body: 'There was no indication that Pristina would accept the Franco-German proposal.', want: [] },
]);

claimCases('negatives: a stance said outside the negated complement, or an affirmative report, stays', [
  { body: 'Vucic did not say much, but said Serbia was ready to resume talks in Brussels.', want: ['SRB OFFER talks []'] },
  { body: 'Pashinyan said Armenia was ready to sign the peace treaty.', want: ['ARM OFFER talks []'] },
  { body: 'Kurti said Kosovo would not accept the association of Serb municipalities.', want: ['XKX REJECT rights []'] },
  // "mean" with a noun phrase is "amount to": the stance itself, not a clause left unasserted.
  { body: 'Pashinyan said any treaty that did not mean the withdrawal of Azerbaijani troops from Armenian territory would not bring a lasting peace.', want: ['ARM DEMAND territory []'] },
  // A verb of saying after the negated one opens a clause that is said.
  { body: 'While Baku did not explicitly confirm its acceptance of the truce, Aliyev said that Azerbaijan had proposed a prisoner swap.', want: ['AZE ACCEPT ceasefire []', 'AZE PROPOSE humanitarian []'] },
]);
