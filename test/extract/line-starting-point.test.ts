// A line between the sides put forward as the starting point of the talks (content/line-starting-point): "the current
// line of control should be the starting point for negotiations" proposes where the bargaining on land begins
// (PROPOSE territory), it does not demand land of the other side. Another subject ("the realities on the ground had
// to be the starting point") and another predicate ("the current line must be respected") keep their demand.
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a line as the starting point of the talks is proposed', [
  { body: 'The leaders of Egypt, Qatar and Turkey said the current line of control should be the starting point for negotiations.', want: ['EGY PROPOSE territory []', 'QAT PROPOSE territory []', 'TUR PROPOSE territory []'] },
  { body: 'Pashinyan said the 1991 line must be the starting point for any talks on territory.', want: ['ARM PROPOSE territory []'] },
]);

claimCases('another subject or predicate stays a demand', [
  { body: 'Lavrov said the realities on the ground had to be the starting point for talks.', want: ['RUS DEMAND territory []'] },
  { body: 'Kurti said the current line must be respected.', want: ['XKX DEMAND territory []'] },
]);
