// A passive verb of authorship names a document's authors only in the document's own clause
// (discourse/passive-author-clause): "In a letter posted on Saturday, X said he was prepared to impose sanctions on
// Y" leaves the letter without authors, so X, who speaks, holds the stance, not Y after "prepared to … on".
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"was prepared to" after a verb of saying names no author of the letter', () => {
  assertIncludes([
    ['In a letter posted on Saturday, President Trump said he was prepared to impose sanctions on Iran.', 'USA THREATEN sanctions []'],
    ['In a statement released on Monday, Prime Minister Pashinyan said he was prepared to sign the peace treaty with Azerbaijan.', 'ARM OFFER talks []'],
  ]);
  assertNone(['In a letter posted on Saturday, President Trump said he was prepared to impose sanctions on Iran.'], 'IRN THREATEN');
  assertNone(['In a statement released on Monday, Prime Minister Pashinyan said he was prepared to sign the peace treaty with Azerbaijan.'], 'AZE OFFER');
});

test('a passive of authorship in the document\'s own clause still names its authors', () => {
  assertIncludes([
    ['A plan which, according to media reports, is being developed in circles close to the Qatari emir, would freeze the fighting in Gaza for six weeks.', 'QAT PROPOSE ceasefire []'],
    ['The draft, which was prepared in Cairo with Egypt, would have Israel withdraw from the Philadelphi corridor.', 'EGY PROPOSE ceasefire []'],
  ]);
});
