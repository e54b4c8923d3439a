// content/people-place: a place that only says where the people of a stance are makes no stance on that land; with no
// issue term, the stance is humanitarian. Sentences written for these tests, with other parties and events than the
// corpora (only Ukrainian and Russian regions carry codes, so the places are theirs).
import { claimCases } from './helpers.js';

claimCases('places of people: humanitarian', [
  { body: 'Qatar urged Moscow to return the residents of the Kherson region to their homes.', want: ['QAT DEMAND humanitarian [UA-65]'] },
  { body: 'The Vatican asked Kyiv to spare the lives of the Russian soldiers in Bryansk.', want: ['VAT DEMAND humanitarian [RU-BRY]'] },
  { body: 'Ankara urged both sides to spare the lives of the civilians in Zaporizhzhia.', want: ['TUR DEMAND humanitarian [UA-23]'] },
]);

claimCases('a place of its own, or a term of land: territory', [
  { body: 'Qatar urged Moscow to return the Kherson region to Kyiv.', want: ['QAT DEMAND territory [UA-65]'] },
  { body: 'Ankara urged Moscow to give the residents back their land in Zaporizhzhia.', want: ['TUR DEMAND territory [UA-23]'] },
  { body: 'Minsk said it would never discuss the choice of the residents of the Kherson region.', want: ['BLR REJECT territory [UA-65]'] },
]);
