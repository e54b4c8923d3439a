// A sentence whose subject is a document ("The plan would …", "The draft proposes …") continues the previous holder
// only when that holder put a document forward (holder/carried-document): otherwise the plan is someone else's, and
// with no author named the stance is no one's. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a document put forward by the previous holder stays theirs', [
  { body: 'Egypt presented a draft on Sunday. The draft proposes a ceasefire of six weeks in Gaza.', want: ['EGY PROPOSE ceasefire []', 'EGY PROPOSE talks []'] },
  { body: 'Armenia tabled a proposal on Monday. The proposal spells out a ceasefire along the border.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Azerbaijan presented a peace plan on Monday. The plan would create a demilitarised zone along the border.', want: ['AZE PROPOSE military_limits []', 'AZE PROPOSE talks []'] },
  { body: 'Serbia put forward a proposal on Tuesday. The proposal would grant the Serb municipalities autonomy.', want: ['SRB PROPOSE governance []', 'SRB PROPOSE talks []'] },
]);

claimCases('a document after another kind of stance is not the previous holder\'s', [
  { body: 'Pashinyan said he would like the talks with Baku to continue. The emerging plan would spell out a ceasefire along the border.', want: ['ARM PROPOSE talks []'] },
  { body: 'Vucic said he wanted the dialogue with Pristina to continue. The new draft proposes autonomy for the Serb municipalities.', want: ['SRB PROPOSE talks []'] },
  { body: 'Netanyahu said he would like the negotiations to go on. The document outlines a ceasefire of six weeks in Gaza.', want: ['ISR PROPOSE talks []'] },
  { body: 'Serbia said it was ready for talks. The plan sets out autonomy for the Serb municipalities.', want: ['SRB OFFER talks []'] },
]);
