// A judged plan refers back to what was proposed, not to a party's offer of its own help; a plan noun used as a verb
// names no package; "the debate" judged refers back to the stances before it (content/judged-package 'proposalTypes',
// 'verbMarkers', 'debate'). Own AN (an09: "the plan … could be the basis for a final settlement" read as security
// guarantees after Canada's offer), own AM/AK/AN ("called the debate completely premature" after offers of troops).
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

claimCases('a judged plan is not an offer of help made before it', [
  { body: 'Armenia\'s prime minister told reporters Yerevan would help with security guarantees as part of the coalition. Baku has been more guarded. An aide said Azerbaijan had not formally received the plan, but President Ilham Aliyev said the same evening that it "could be the basis for a final settlement".', want: ['ARM OFFER security_guarantees []', 'AZE ACCEPT talks []'] },
  // (A plan put forward before it is still what is judged.)
  { body: 'Eritrea proposed a 30-day truce along the border. Ethiopia has been more guarded. An aide said Addis Ababa had not formally received the plan, but Prime Minister Abiy Ahmed said the same evening that it "could be the basis for a final settlement".', want: ['ERI PROPOSE ceasefire []', 'ETH ACCEPT ceasefire []'] },
]);

test('the debate judged refers back to the offers before it', () => {
  assertIncludes([
    ['Britain said it was ready to put troops on the ground in Ukraine as part of a guarantee. At a meeting in Paris, Poland said Warsaw did not plan to send soldiers, and Germany\'s Olaf Scholz called the debate "completely premature" while the war goes on.', 'DEU REJECT security_guarantees []'],
    ['France said it was ready to send peacekeepers to Sudan as part of a guarantee. Germany\'s chancellor called the discussion "premature".', 'DEU REJECT security_guarantees []'],
  ]);
  // (A plan noun used as a verb judges no plan: no refusal of the talks.)
  assertNone(['Britain said it was ready to put troops on the ground in Ukraine as part of a guarantee. At a meeting in Paris, Poland said Warsaw did not plan to send soldiers, and Germany\'s Olaf Scholz called the debate "completely premature" while the war goes on.'], 'DEU REJECT talks');
});
