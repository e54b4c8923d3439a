// An act like the one just reported, expected or called for (issue 7, "expectation as a demand"): "He added that he
// expects a similar move from Kyiv" after a truce announced is a demand that Kyiv do the same, about the ceasefire.
// "similar/reciprocal/the same" + "move/step/action" is a phrase of doing as another did (content/reciprocal-object
// likeness, acts), and such an act expected from a named party is asked of it (trigger/want-needs-act expectedThings).
// Sentences written for this test, with other parties and disputes.
import { claimCases } from './helpers.js';

claimCases('a similar act expected or called for', [
  { body: 'Putin announced an Easter truce. He added that he expects a similar move from Kyiv.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND ceasefire []'] },
  { body: 'Putin announced an Easter truce. The Russian leader also called for similar action from the Ukrainians.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND ceasefire []'] },
  { body: 'Azerbaijan offered to release five Armenian detainees. Aliyev said he expected reciprocal steps from Yerevan.', want: ['AZE OFFER humanitarian []', 'AZE DEMAND humanitarian []'] },
  { body: 'Pristina offered to free two detained Serbian police officers. Kurti said he expected a similar gesture from Belgrade.', want: ['XKX OFFER humanitarian []', 'XKX DEMAND humanitarian []'] },
]);

claimCases('no act expected of a party', [
  { body: 'Israel made a similar move in 2023.', want: [] },
  { body: 'Analysts expect a similar move from the central bank.', want: [] },
  { body: 'Kenya expects a visit from the Ethiopian president next week.', want: [] },
]);
