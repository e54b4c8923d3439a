// A count or a hyphenated modifier before "plan to" makes it the noun ("a ten-point plan to end the fighting"), and a
// verb of presenting or providing, then the party given it and "with", names the document's author
// (discourse/document-presented-with): a later "The plan would …" is that author's proposal. Sentences written for
// this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the plan referred back to is its presenter\'s', [
  {
    body: 'Turkey drafted a 12-point plan to end the fighting in Karabakh. The plan would freeze the front along the current line.',
    want: ['TUR PROPOSE ceasefire []'],
  },
  {
    body: 'Armenian Prime Minister Nikol Pashinyan had complained about the talks for weeks.\n\nKenyan President William Ruto on Tuesday presented the leaders of Ethiopia and Eritrea with a ten-point plan to end the fighting.\n\nThe plan would require the withdrawal of Eritrean troops from Badme.',
    want: ['KEN PROPOSE ceasefire []', 'KEN PROPOSE territory []'],
  },
], (c) => c.type === 'PROPOSE');
