// A deontic whose predicate puts its subject first in a sequence demands the subject (content/sequenced-subject): "a
// ceasefire should come before any negotiations" is a demand for the ceasefire, not the talks that frame the sequence;
// "must come first and that …" ends at "first". A subject that names no issue, another predicate, or a predicate of
// order with no deontic gives no such claim. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a subject that must come first: the subject is demanded', () => {
  assertIncludes([
    ['Pashinyan said a ceasefire should come before any negotiations on the border.', 'ARM DEMAND ceasefire []'],
    ['Aliyev said the withdrawal of Armenian troops must precede any talks.', 'AZE DEMAND territory []'],
    ['Vucic said a prisoner exchange should come before the next round of negotiations.', 'SRB DEMAND humanitarian []'],
    ['Abiy Ahmed said that a truce must come first and that the status of Badme can be discussed only later.', 'ETH DEMAND ceasefire []'],
    ['Netanyahu said the release of all hostages would have to be agreed before any talks on a Palestinian state.', 'ISR DEMAND humanitarian []'],
  ]);
  assertNone([
    'Pashinyan said a ceasefire should come before any negotiations on the border.',
    'Vucic said a prisoner exchange should come before the next round of negotiations.',
  ], /(ARM|SRB) (DEMAND|PROPOSE) talks/);
  assertNone([
    'Abiy Ahmed said that a truce must come first and that the status of Badme can be discussed only later.',
  ], /ETH DEMAND territory/);
});

test('no sequence, or no deontic: read as before', () => {
  assertNone([
    'Pashinyan said the delegations should come to Geneva before the talks.',
    'A ceasefire came before the negotiations, Pashinyan recalled.',
  ], /ARM DEMAND ceasefire/);
});
