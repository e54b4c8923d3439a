// A verb of contacting in its bare form after "to" or a modal ("would call Aliyev", "to phone Abiy", "would brief
// Belgrade") takes the party after it as its object: that party does not hold the stance of the clause that follows
// (discourse/contact-object). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the party called or briefed is no holder', [
  { body: 'Erdogan said the talks had gone well and that he would call Aliyev afterwards to begin arranging a meeting between Aliyev and Pashinyan.', want: ['TUR PROPOSE talks []'] },
  { body: 'Saudi Arabia said it would brief Belgrade on the discussions and had offered to host further talks between Serbia and Kosovo.', want: ['SAU OFFER talks []'] },
  { body: 'Kenyan President William Ruto said he would phone Abiy and offered to host a new round of talks between Ethiopia and Eritrea.', want: ['KEN OFFER talks []'] },
]);

claimCases('negatives: the party called, named as the next subject, holds its own stance', [
  { body: 'Macron said he would call Vucic on Monday. Vucic rejected any new round of talks with Kosovo.', want: ['SRB REJECT talks []'] },
]);
