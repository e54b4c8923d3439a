// A wish shaped by the present line of the front ("want a ceasefire along the current front", "wants any line to be
// frozen where the armies stand") puts the design of an arrangement forward: PROPOSE, as a "should" deontic of the
// same shape is (content/wanted-line, wanted-line.ts; content/shaped-arrangement). Not negated, and not a wish that
// the other side withdraw from or behind the line, which stays a demand. Sentences written for this test, about
// other disputes.
import { claimCases } from './helpers.js';

claimCases('a wish shaped by the present line: PROPOSE', [
  { body: 'Armenia and France want a ceasefire along the current line of contact.', want: ['ARM PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []'] },
  { body: 'Baku wants any line to be frozen where the armies stand.', want: ['AZE PROPOSE ceasefire []'] },
  { body: 'Eritrea wants the truce to hold along the existing front.', want: ['ERI PROPOSE ceasefire []'] },
]);

claimCases('a wish of withdrawal, or with no present line, stays a demand', [
  { body: 'Armenia wants Azerbaijani troops pulled back behind the current line of contact.', want: ['ARM DEMAND territory []'] },
  { body: 'Ethiopia wants a ceasefire in Tigray.', want: ['ETH DEMAND ceasefire []'] },
]);
