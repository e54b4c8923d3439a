// A truce "without guarantees" is a truce that lacks them, not a guaranteeing of the truce (issue 7, precision:
// issue frames). The frame "a verb of guaranteeing near a noun of settlement" (issues.json, security_guarantees)
// skips a guarantee noun right after a word of lacking ('notAfter'). Sentences written for this test, with other
// parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('refusing a truce that lacks guarantees refuses the truce', [
  { body: 'Aliyev rejected any ceasefire without guarantees.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Aliyev said that a truce without guarantees would only let Yerevan regroup.', want: ['AZE REJECT ceasefire []'] },
]);

claimCases('guaranteeing a truce is still a security guarantee', [
  { body: 'London would help guarantee any ceasefire line in Karabakh.', want: ['GBR OFFER security_guarantees []'] },
]);
