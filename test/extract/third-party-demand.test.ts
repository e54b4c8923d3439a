// A third party's call on a truce, talks or a humanitarian step between the two sides is its proposal
// (claim/mediator-proposes), but the word "demand" itself is a demand whoever makes it ('demandWords'). Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a third party that "demands" demands', [
  { body: 'The leaders of Kenya and Ghana travelled to Addis Ababa to demand a full 30-day truce between Ethiopia and Eritrea.', want: ['KEN DEMAND ceasefire []', 'GHA DEMAND ceasefire []'] },
  { body: 'Qatar demanded an immediate ceasefire between Israel and Hamas.', want: ['QAT DEMAND ceasefire []'] },
  // (A paraphrase with the noun.)
  { body: 'Egypt repeated its demand for an immediate truce between Israel and Hamas.', want: ['EGY DEMAND ceasefire []'] },
]);

claimCases('a third party that calls for the same thing proposes it', [
  { body: 'Qatar called for an immediate ceasefire between Israel and Hamas.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'The leaders of Kenya and Ghana urged a truce between Ethiopia and Eritrea.', want: ['KEN PROPOSE ceasefire []', 'GHA PROPOSE ceasefire []'] },
]);
