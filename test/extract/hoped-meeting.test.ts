// A meeting a party hopes to hold is a format of the talks it puts forward (trigger/want-needs-act 'meetingVerbs',
// as "wants to hold a summit"): PROPOSE talks. Hoping to hold anything else, or not hoping to, proposes nothing.
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a meeting hoped held', [
  { body: 'Yerevan hoped to hold a peace summit on its plan before the end of the year, Pashinyan said.', want: ['ARM PROPOSE talks []'] },
  { body: "Vucic said Serbia hopes to hold a leaders' summit with Pristina in Brussels in March.", want: ['SRB PROPOSE talks []'] },
]);

claimCases('no meeting, or no hope, proposes nothing', [
  { body: 'Vucic said Serbia hoped to hold elections in the north in the spring.', want: [] },
  { body: 'Kurti said Kosovo did not hope to hold talks with Belgrade this year.', want: [] },
]);
