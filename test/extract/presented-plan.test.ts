// Offering to present a whole plan is offering the plan, a stance on the talks (content/presented-plan, spec rule 9),
// even when the plan noun stands past the first words after the cue. Sentences written for this test, about disputes
// other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a cue ending in "to", a verb of handing a text over, a plan noun: the talks', () => {
  assertIncludes([
    ['Armenia was ready to present a joint action plan to Azerbaijan once the working groups had finished.', 'ARM OFFER talks []'],
    ['Pashinyan said Armenia was prepared to submit an agreed peace framework to Baku next month.', 'ARM OFFER talks []'],
    ['Serbia said it was ready to hand over a revised draft to Pristina at the next round.', 'SRB OFFER talks []'],
  ]);
});

test('another act, or no plan noun: no talks', () => {
  assertNone([
    'Armenia was ready to present its evidence of the shelling to the court.',
    'Serbia said it was ready to send more police officers to the north.',
  ], /talks/);
});
