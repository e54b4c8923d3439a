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
