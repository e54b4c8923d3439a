// A negated modal of accepting with nothing after it ("Yerevan will not agree.") answers the last statement of
// another party, like "They refused." (content/bare-answer 'modalVerbs'); a reply in a later sentence answers
// every issue of that statement. Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a bare negated modal refuses what was just asked', [
  { body: 'Baku again demanded the withdrawal of Armenian troops from Tavush. Yerevan did not agree and will not agree.', want: ['ARM REJECT territory []'] },
  { body: 'Belgrade proposed an exchange of all detainees held since the war. Pristina said it would not agree.', want: ['XKX REJECT humanitarian []'] },
], (c) => c.type === 'REJECT');

claimCases('a negated modal with an object of its own is not a bare answer', [
  { body: 'Baku demanded the withdrawal of Armenian troops from Tavush. Yerevan will not agree to any talks in Moscow.', want: ['ARM REJECT talks []'] },
], (c) => c.type === 'REJECT');

// A heading, a short line with no closing stop, answers nothing (content/bare-answer): it names the section below.
claimCases('a heading with a stance word is no bare answer', [
  { body: 'Armenia proposed a ceasefire along the border on Monday.\n\nSupport, but caution, on the border\n\nThe talks resume in Geneva next week.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Kosovo offered talks in Brussels.\n\nCookie notice: we use cookies. Accept | Decline', want: ['XKX OFFER talks []'] },
  // A sentence with its stop still answers.
  { body: 'Armenia proposed a ceasefire along the border on Monday. Azerbaijan refused.', want: ['ARM PROPOSE ceasefire []', 'AZE REJECT ceasefire []'] },
]);
