// Readiness to move forward, proceed or go ahead with something on the table accepts it (cue ready-to-proceed; spec
// §2 ACCEPT "agrees to … another's proposal"; §3 rule 9: a plan or framework accepted is talks): nothing of the
// party's own is offered, as with "ready to accept". Readiness to do a thing of one's own stays an offer. Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('ready to move forward with a plan accepts it', [
  { body: 'Armenia is ready to proceed with the peace treaty drafted in Washington, Pashinyan said.', want: ['ARM ACCEPT talks []'] },
  { body: 'Kurti said on Tuesday that Kosovo was ready to move forward with the framework and wanted to discuss the open points with Vucic.', want: ['XKX ACCEPT talks []'] },
  { body: 'Israel was prepared to go ahead with the framework agreed in Cairo, a government spokesman said.', want: ['ISR ACCEPT talks []'] },
]);

claimCases('readiness to do a thing of its own stays an offer', [
  { body: 'Armenia is ready to withdraw its troops from the border villages, Pashinyan said.', want: ['ARM OFFER territory []'] },
  { body: 'Qatar is ready to host the next round of talks between Israel and Hamas.', want: ['QAT OFFER talks []'] },
]);
