// A line put forward as the starting point of the talks, with a reporting clause set off by commas between the line and
// its modal (content/line-starting-point past a parenthesis, content/interrupted-subject): "The current line of contact,
// it says, should be the starting point for negotiations on territory" proposes where the bargaining on land begins, as
// it does with no parenthesis. Without the parenthesis step the backward search for the line stopped at the closing
// comma and the deontic stayed a demand of land. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a line as the starting point of the talks, past a reporting parenthesis', [
  { body: 'Armenia published its proposals on Monday. The current line of contact, the document says, should be the starting point for negotiations on territory.', want: ['ARM PROPOSE territory []'] },
  { body: 'Pashinyan spoke to reporters in Yerevan. The 1991 line, he said, must be the starting point for any talks on territory.', want: ['ARM PROPOSE territory []'] },
  { body: 'Kurti met the envoys in Pristina. The existing administrative line, Kurti told them, should be the starting point for talks on territory.', want: ['XKX PROPOSE territory []'] },
]);

claimCases('another subject past the parenthesis stays a demand', [
  { body: 'Lavrov spoke in Moscow. The realities on the ground, he said, had to be the starting point for talks.', want: ['RUS DEMAND territory []'] },
  { body: 'Aliyev spoke in Baku. The current line, he said, must be respected by Armenia.', want: ['AZE DEMAND territory []'] },
]);
