// A modal's own act under a condition is offered for it (candidate/modal conditionalVerbs): "if" and "unless"
// always made the sentence conditional, and now the other words that open a condition (condition-marks.ts) do
// too, when a party other than a pronoun is the condition's subject: "once Yerevan changes its constitution", "as
// soon as Pristina withdraws", "provided that Khartoum …". Times and restrictions are no conditions: "as soon as
// next week", "once he arrives", "only when it is ready". Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('an act offered once, as soon as or provided another party acts', [
  { body: 'Aliyev said on Monday that Azerbaijan would sign the peace treaty once Armenia changed its constitution.', want: ['AZE OFFER talks []', 'AZE DEMAND governance []'] },
  { body: 'Aliyev said Azerbaijan would sign the peace treaty as soon as Armenia changed its constitution.', want: ['AZE OFFER talks []', 'AZE DEMAND governance []'] },
  { body: 'Vucic said Serbia would hold talks provided that Kosovo withdrew its special police from the north.', want: ['SRB OFFER talks []', 'SRB DEMAND territory []'] },
]);

claimCases('a time, the speaker\'s own arrival or a restriction is no condition', [
  { body: 'Pashinyan said Armenia would hold talks in Abu Dhabi, possibly as soon as next week.', want: [] },
  { body: 'Vucic said he would discuss the issue once he arrives at the summit in Brussels.', want: [] },
]);
