// "Kyiv's own ten-point peace formula … calls for …": "own" after a possessive lengthens the walk back from a document
// noun to its possessor by one token, so a possessor before "own", a count and "peace" is still the document's author
// (discourse/document-own-reach). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('possessor + "own" + counted modifier + document: the possessor is the author', () => {
  assertIncludes([
    ['Baku\'s own ten-point peace plan calls for the withdrawal of all Armenian troops from Karabakh.', 'AZE DEMAND territory []'],
    ['Belgrade\'s own twelve-point peace proposal, first presented in March, calls for the lifting of all sanctions on Serbia.', 'SRB DEMAND sanctions []'],
    ['Eritrea\'s own five-point peace plan calls for the release of all prisoners of war.', 'ERI DEMAND humanitarian []'],
    ['Israel\'s own three-stage peace proposal calls for the release of all hostages held in Gaza.', 'ISR DEMAND humanitarian []'],
  ]);
});

test('no possessive before "own", or no document: no author', () => {
  assertNone([
    'On its own terms, a ten-point peace plan calls for the withdrawal of all Armenian troops from Karabakh.',
    'A ten-point peace plan of their own making calls for the withdrawal of all Armenian troops from Karabakh.',
  ], /^(AZE|ARM) (PROPOSE|DEMAND) territory/);
});
