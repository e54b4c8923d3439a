// A party's starting point or opening position is what it puts forward; its bottom line is demanded
// (candidate/list-noun). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a starting point proposes, a bottom line demands', [
  { body: "Baku's opening position is a peace treaty first.", want: ['AZE PROPOSE talks []'] },
  { body: "Yerevan's bottom line is a return to the 1991 border.", want: ['ARM DEMAND territory []'] },
  // (Not a party's: the starting point of something else.)
  { body: 'The starting point of the talks was Istanbul.', want: [] },
]);
