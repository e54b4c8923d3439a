// A verb of exchanging that is an issue term names the issue only when its object names none
// (content/own-verb-term). Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('swapping land is about territory, swapping people about prisoners', [
  { body: 'Pashinyan said Armenia was ready to swap territory with Azerbaijan.', want: ['ARM OFFER territory []'] },
  { body: "Kosovo's prime minister said Pristina was ready to swap land with Serbia.", want: ['XKX OFFER territory []'] },
  { body: 'Eritrea said it was ready to swap prisoners with Ethiopia.', want: ['ERI OFFER humanitarian []'] },
  { body: 'Armenia and Azerbaijan agreed to swap 40 detainees each, the foreign ministries said.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);
