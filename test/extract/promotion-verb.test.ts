// Promoting a plan or a format is proposing it, as the clause's own verb (cue 'promote', trigger/promotion-verb);
// what is promoted with no issue named is the talks when its head is a plan or a format (content/promoted-format).
// A purpose ("to promote"), the content of a role ("a role in promoting"), a passive or a rank make no proposal of
// the verb's own. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('a plan or format promoted: a proposal', [
  { body: 'Qatar has been promoting the idea of a contact group of Gulf states on Sudan.', want: ['QAT PROPOSE talks []'] },
  { body: 'Kenya, for its part, keeps promoting the "Friends of the Horn" group it launched with Egypt.', want: ['KEN PROPOSE talks []'] },
  { body: 'Turkey has promoted a six-point plan for Armenia and Azerbaijan.', want: ['TUR PROPOSE talks []'] },
  { body: 'Egypt is promoting a ceasefire between Israel and Hamas.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Norway has long promoted a prisoner exchange between Ethiopia and Eritrea.', want: ['NOR PROPOSE humanitarian []'] },
]);

test('no proposal of the verb\'s own: a purpose, a role, a passive, a rank', () => {
  assertNone([
    'The general was promoted to chief of staff of the Sudanese army.',
    'Kosovo rejected an initiative promoted by Serbia.',
    'Eritrea set up a platform to promote its exports of potash.',
    'Greece promotes its islands to tourists every summer.',
  ], ' PROPOSE ');
});
