// Bans on a trade are sanctions by another name (issue 7, issue gate: sanctions terms in issues.json). Sentences
// written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('export, import, oil, gas, visa and travel bans are sanctions', [
  { body: 'India has repeatedly opposed Western export bans on Iran.', want: ['IND REJECT sanctions []'] },
  { body: 'Hungary rejected an oil ban on Azerbaijan.', want: ['HUN REJECT sanctions []'] },
  { body: 'Lithuania demanded a visa ban for Belarusian officials.', want: ['LTU DEMAND sanctions []'] },
]);

claimCases('a ban on something else is no sanction (issue other)', [
  { body: 'Armenia rejected a ban on opposition rallies.', want: ['ARM REJECT other []'] },
]);
