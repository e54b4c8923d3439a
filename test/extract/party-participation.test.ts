// A party's participation names the talks (issue 7, stance constructions: needs and preconditions): what a
// process or a settlement needs of a party is its place at the table ("any critical process will need Russia's
// participation" = the speaker's DEMAND talks). The party owns the noun (a possessive, or after "of"/"by");
// a part in the war is no talks. Sentences written for this test, with parties and places other than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('a party\'s participation is about the talks', [
  { body: "The French foreign minister said a durable peace in the Caucasus needs Azerbaijan's participation.", want: ['FRA DEMAND talks []'] },
  { body: "Kenya's president said any serious process will need Eritrea's participation.", want: ['KEN DEMAND talks []'] },
  { body: 'The Egyptian foreign minister said a lasting settlement in Sudan would require "painful choices" and the participation of Khartoum.', want: ['EGY DEMAND talks []'] },
  { body: 'Baku rejected the participation of France as a co-chair.', want: ['AZE REJECT talks []'] },
  { body: 'Ethiopia insisted on the participation of Kenya in every round, Abiy said.', want: ['ETH DEMAND talks []'] },
]);

claimCases('participation in the war, or by no party', [
  { body: 'Seoul condemned the participation of North Korean troops in the fighting.', want: [] },
  // (still a demand, on no listed issue)
  { body: "Kyiv demanded an end to Belarus's participation in the war.", want: ['UKR DEMAND other []'] },
  { body: 'The French foreign minister said the reform needs broad participation.', want: [] },
  { body: 'Armenia said the census needs the participation of every household.', want: [] },
]);
