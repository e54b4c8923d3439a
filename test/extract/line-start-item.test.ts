// The present line named as where the talks on land begin, in a list's bullet or with a verb of proposing in the item,
// is an arrangement put forward, PROPOSE, not a demand (content/line-start-item, line-start-item.ts); a verb of
// demanding alone keeps it a demand (content/line-starting-point's rule). Sentences written for this test, about
// other disputes.
import { claimCases } from './helpers.js';

claimCases('the line as the starting point of the talks on land is proposed', [
  {
    body: 'Armenia set out these terms:\n\n- a ceasefire along the whole border;\n- the current line of contact as the starting point for talks on territory.',
    want: ['ARM DEMAND ceasefire []', 'ARM PROPOSE territory []'],
  },
  {
    body: 'Yerevan called for a full ceasefire, and proposed that the current line of contact be the starting point for talks on territory.',
    want: ['ARM DEMAND ceasefire []', 'ARM PROPOSE territory []'],
  },
]);

claimCases('a demand of the line stays a demand', [
  { body: 'Baku insisted that the current line of contact must be the starting point for talks on territory.', want: ['AZE DEMAND territory []'] },
  { body: 'Baku demanded that Armenia withdraw from the territory behind the current line of contact before any talks start from there.', want: ['AZE DEMAND territory []'] },
]);
