// Military and security ranks after a party adjective or possessive speak for their state, like "the Russian
// side" (roles.json roles; issue 7: holders on unseen text, where generals and army chiefs are quoted as often as
// ministers). Sentences written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a military rank speaks for its state', [
  { body: '"We will fight on until the occupiers leave the Zaporizhzhia region," the Ukrainian commander said.', want: ['UKR DEMAND territory [UA-23]'] },
  { body: '"We will not withdraw from the border villages," the Azerbaijani army chief said.', want: ['AZE REJECT territory []'] },
  { body: '"We are ready for an immediate truce," the Eritrean intelligence chief said.', want: ['ERI OFFER ceasefire []'] },
]);

claimCases('"general" alone is no rank', [
  { body: 'A general ceasefire was discussed in Geneva on Monday.', want: [] },
]);
