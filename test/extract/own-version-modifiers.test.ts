// A party's "own version" is a counter-plan (discourse/documents 'ownPlans'); so is its own version with one or two
// modifiers between, "their own amended version", "its own new revised version": the list under "It would:"
// is that counter-plan's provisions. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const ITEMS = 'It would:\n— lift sanctions on Serbia in stages;\n— give Kosovo a security guarantee from NATO members.';

test('"own amended version", "own revised version": a counter-plan whose items are its authors\' proposals', () => {
  assertIncludes([
    [`Britain, France and Germany circulated their own amended version over the weekend. ${ITEMS}`, 'GBR PROPOSE sanctions []'],
    [`Britain, France and Germany circulated their own amended version over the weekend. ${ITEMS}`, 'DEU PROPOSE security_guarantees []'],
    [`Turkey and Qatar put forward their own revised version on Monday. ${ITEMS}`, 'QAT PROPOSE sanctions []'],
    [`Italy sent its own new revised version to Brussels. ${ITEMS}`, 'ITA PROPOSE security_guarantees []'],
  ]);
});

test('a version that is no party\'s own, or a version of something else: no counter-plan', () => {
  assertNone([
    `Britain, France and Germany circulated an amended version over the weekend. ${ITEMS}`,
    `Britain, France and Germany read the amended version over the weekend. ${ITEMS}`,
  ], /^(GBR|FRA|DEU) PROPOSE/);
  assertNone([
    `Serbia gave its own amended version of events on Monday. ${ITEMS}`,
  ], /^SRB PROPOSE/);
});
