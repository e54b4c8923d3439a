// A side of another dispute speaking of its own dispute, in an article about the war in Ukraine, takes no stance on
// this settlement: issue 'other' (content/own-dispute-aside, own-dispute-aside.ts). The same stance in an article about
// its own dispute keeps its issue. Sentences written for this test (prec65).
import { claimCases } from './helpers.js';

const UKRAINE = 'Russian and Ukrainian negotiators met in Istanbul on Monday. Moscow demanded that Kyiv withdraw from Donetsk, and Kyiv refused. ';

claimCases('an aside on another dispute in an article on Ukraine: other', [
  { body: UKRAINE + 'In Chisinau, the Moldovan president demanded again that Russian troops leave the Transnistrian region.', want: ['MDA DEMAND other []'] },
  { body: UKRAINE + 'Armenia said it would not accept any linkage between the Ukrainian talks and its own negotiations with Azerbaijan over the border.', want: ['ARM REJECT other []'] },
], (c) => c.actor === 'MDA' || c.actor === 'ARM');

claimCases('the same stance in an article on its own dispute, or with no dispute named: kept', [
  { body: 'The Moldovan president demanded again that Russian troops leave the Transnistrian region.', want: ['MDA DEMAND territory []'] },
  { body: UKRAINE + 'Moldova called for an immediate ceasefire in Ukraine.', want: ['MDA DEMAND ceasefire []'] },
], (c) => c.actor === 'MDA');
