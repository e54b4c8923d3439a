// A region's name before a facility noun ("the Khmelnytskyi nuclear plant", "the Kursk station") names the facility,
// not land: an item that names no issue term is not on territory for that name alone (content/facility-place,
// facility-place.ts); a word of who holds the facility ("returned to Ukrainian control", "troops must leave") and the
// region named as land ("a ceasefire in Kherson", "demanded Kherson") still decide as before. Sentences written for
// this test.
import { claimCases } from './helpers.js';

claimCases('a facility named by its region is no land', [
  { body: 'Hungary proposed running the Khmelnytskyi nuclear plant jointly with Slovakia.', want: ['HUN PROPOSE other []'] },
  { body: 'Turkey suggested that the Kursk nuclear station be restarted under international supervision.', want: ['TUR PROPOSE other []'] },
]);

claimCases('land is still land', [
  { body: 'Kyiv demanded that Russian troops leave the Kherson plant.', want: ['UKR DEMAND territory [UA-65]'] },
  { body: 'Moscow demanded Kherson.', want: ['RUS DEMAND territory [UA-65]'] },
  { body: 'Turkey proposed a ceasefire in Kherson.', want: ['TUR PROPOSE ceasefire [UA-65]'] },
]);
