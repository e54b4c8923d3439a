// A new meeting of the talks that a party hopes will happen ("he hoped a meeting of the two leaders could be held in
// Istanbul", "Yerevan hoped the work would lead to a peace summit in the autumn", "hopes to turn the plan into a
// peace conference") is a format of the talks it puts forward, as one it hopes to hold (hoped-meeting.test.ts):
// PROPOSE talks (trigger/want-needs-act 'hopedFormatVerbs'). A hope about a meeting already set ("the summit will go
// ahead", "the talks will succeed"), a negated hope or one for a meeting not to happen proposes nothing.
// Families from own sets AD, AE, D, P, Y; sentences written for this test with other parties.
import { claimCases } from './helpers.js';

claimCases('a new meeting hoped to take place is proposed', [
  { body: 'Erdogan said he hoped a meeting of the two leaders could be held in Istanbul, with Aliyev also taking part.', want: ['TUR PROPOSE talks []'] },
  { body: 'Pashinyan said Yerevan hoped the work would lead to a peace summit of leaders in the autumn.', want: ['ARM PROPOSE talks []'] },
  { body: 'Vucic said Belgrade hopes to turn the plan into a peace conference by the summer.', want: ['SRB PROPOSE talks []'] },
  { body: 'The Qatari foreign minister said Doha hoped that another round of talks between Hamas and Israel would take place next week.', want: ['QAT PROPOSE talks []'] },
]);

claimCases('a hope about a set meeting, or against one, or of no party, proposes nothing', [
  { body: 'Seoul hopes the summit will go ahead.', want: [] },
  { body: 'New Delhi hopes that this time the talks will succeed.', want: [] },
  { body: 'Ruto said Kenya hoped a meeting of the two generals would not be held before the ceasefire.', want: [] },
  { body: 'Kurti said Kosovo did not hope a meeting with Vucic would take place this year.', want: [] },
  { body: 'Analysts hoped a new round of talks could be held in Jeddah.', want: [] },
  { body: 'Abiy said Ethiopia hoped a new dam would be built on the river.', want: [] },
]);
