// A party's own plan or offer said to stand is that party putting the plan forward again, a stance on the talks
// (content/standing-offer, spec rule 9). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a plan or offer noun with a predicate of standing: the talks', () => {
  assertIncludes([
    ['Aliyev\'s spokesman said on Monday that Aliyev\'s initiative "remains on the table".', 'AZE PROPOSE talks []'],
    ['The spokesman said Vucic\'s offer of Friday still stood.', 'SRB OFFER talks []'],
    ['Asmara said the Eritrean proposal remains valid.', 'ERI PROPOSE talks []'],
  ]);
});

test('a plan or offer with another predicate: no talks from standing', () => {
  assertNone([
    'Aliyev\'s initiative was discussed in Brussels on Monday.',
    'Vucic\'s offer came two days after the clashes in the north.',
  ], /talks/);
});
