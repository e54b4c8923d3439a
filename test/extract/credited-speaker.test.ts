// A credit "According to X, …" that opens the sentence names the source of the report; the party that opens the main
// clause as the subject of a verb of saying speaks what follows (holder/credited-speaker). Sentences written for this
// test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the teller after a credit holds the stance, not the source credited', [
  { body: 'According to a Turkish official, Aliyev said that Armenia must withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'According to an American diplomat who attended, Serbia\'s president told the meeting that Kosovo should hold talks with Belgrade.', want: ['SRB DEMAND talks []'] },
  { body: 'According to a French diplomat, Ethiopia\'s prime minister told the envoys that Eritrean troops must leave Tigray.', want: ['ETH DEMAND territory []'] },
  { body: 'According to a Qatari official, Netanyahu said that Hamas must release all hostages before any truce.', want: ['ISR DEMAND humanitarian []'] },
]);

claimCases('negatives: no teller after the credit, or the credit is not the opening', [
  { body: 'According to Baku, Armenia must withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'According to a Turkish official, Armenia must withdraw its troops from the border villages.', want: ['TUR DEMAND territory []'] },
]);
