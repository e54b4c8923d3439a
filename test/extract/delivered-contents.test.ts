// What a delivered document lays out is its deliverer's stance (issue 7, holders): "Moscow had submitted a memo to
// the embassy outlining proposals for the prisoner swap" is Moscow's proposal, though the noun has no possessor.
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a stance noun laid out by a delivered document is held by its deliverer', [
  { body: 'The Kremlin said Moscow had submitted a document to the Serbian embassy outlining proposals for the prisoner exchange.', want: ['RUS PROPOSE humanitarian []'] },
  { body: 'Kyiv sent a note to Ankara listing demands for the return of deported children.', want: ['UKR DEMAND humanitarian []'] },
  { body: 'Russia handed over a two-page memo to the mediators setting out its proposals for a ceasefire along the Dnipro.', want: ['RUS PROPOSE ceasefire []'] },
  { body: 'Ukraine has sent the mediators a paper with suggestions for a prisoner swap, a presidential aide said.', want: ['UKR PROPOSE humanitarian []'] },
]);

claimCases('no deliverer, or a document not delivered: still nobody\'s', [
  { body: 'The mediators circulated a paper outlining proposals for a ceasefire.', want: [] },
  { body: 'A report outlining proposals for a ceasefire was leaked to the press.', want: [] },
]);
