// "Would like" is the polite form of "want" (cue want): wanting another party to act, or an issue right after it, is
// a demand; thanking or a trip wanted is none. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const demands = (c: { type: string }) => c.type === 'DEMAND';

claimCases('a polite wish that another party act demands it', [
  { body: 'Armenian officials said they would like France to press Baku to agree to a ceasefire.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Kurti said Kosovo would like the EU to keep its sanctions on Belgrade.', want: ['XKX DEMAND sanctions []'] },
  { body: 'Pashinyan said he would like to see a ceasefire soon.', want: ['ARM DEMAND ceasefire []'] },
], demands);

claimCases('a polite wish of no act of another party demands nothing', [
  { body: 'Pashinyan said he would like to thank France.', want: [] },
  { body: 'Pashinyan said he would like to visit Paris next month.', want: [] },
], demands);
