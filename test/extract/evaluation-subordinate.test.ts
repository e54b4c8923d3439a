// A speaker's evaluation of a proposal whose subject carries a subordinate clause, or whose outcome opens with a
// scare quote (issue 7, stance constructions: evaluations; candidate/evaluation). Sentences written for this test,
// with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the proposal is named before a subordinate clause inside the subject', [
  { body: 'Aliyev said that talks while Armenian troops remained in Karabakh would only freeze the war.', want: ['AZE REJECT talks []'] },
  { body: 'Netanyahu said that a truce while Hezbollah fighters stay near the border would only give them time to rearm.', want: ['ISR REJECT ceasefire []'] },
]);

claimCases('a scare quote may open the outcome', [
  { body: 'Aliyev said a ceasefire would only "freeze the conflict".', want: ['AZE REJECT ceasefire []'] },
]);

claimCases('a party acting in the subordinate clause is no evaluation of it', [
  { body: 'Aliyev said that when Armenian troops leave, the villages would only recover slowly.', want: [] },
]);
