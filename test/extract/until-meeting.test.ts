// Nothing will move until the leaders meet (candidate/until-meeting): the speaker puts that meeting forward, a proposal
// of talks. "Aliyev said nothing would happen until he and Pashinyan met" = AZE PROPOSE talks. An until-clause naming no
// meeting is a condition of another stance; a past narrative, or a sentence no one says, reports.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('nothing will happen until a meeting proposes the meeting', [
  { body: 'Aliyev said nothing would happen until he and Pashinyan met.', want: ['AZE PROPOSE talks []'] },
  { body: '"Nothing is going to happen until Vucic and I sit down together," Kurti said.', want: ['XKX PROPOSE talks []'] },
  { body: 'Ethiopian Prime Minister Abiy Ahmed told reporters that nothing will be settled until he and Afwerki meet in person.', want: ['ETH PROPOSE talks []'] },
]);

claimCases('no meeting after until, or no one saying it, proposes nothing', [
  { body: 'Nothing happened until the two leaders met in Geneva.', want: [] },
  { body: 'The Sudanese army said nothing would change until the paramilitaries left Khartoum.', want: [] },
  { body: 'Nothing would happen until he and Aliyev met, Pashinyan had feared in 2021, and little did.', want: [] },
]);
