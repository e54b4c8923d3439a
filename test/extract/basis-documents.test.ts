// A document that could serve, be taken or be used as a basis is accepted as the ground of talks (candidate/
// evaluation, 'basis'): texts, agreements, accords, declarations and communiqués are proposals it judges, besides
// plans and drafts; a scare quote may stand inside the predicate; the issue is talks when the subject names no other.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a document taken as a basis is accepted; one that cannot serve as one, refused', () => {
  assertIncludes([
    ['Aliyev said the Washington declaration could serve as a basis for a peace treaty with Armenia.', 'AZE ACCEPT talks []'],
    ['The Brussels accords could still be taken as a basis, Vucic said on Monday.', 'SRB ACCEPT talks []'],
    ['Kurti said the 2023 texts could still serve as "a basis" for a settlement with Serbia.', 'XKX ACCEPT talks []'],
    ['Pashinyan said the Almaty declaration cannot serve as a basis for any deal.', 'ARM REJECT talks []'],
  ]);
});

test('a basis with no speaker, or a party as subject, judges nothing', () => {
  assertNone([
    'The Washington declaration could serve as a basis for a peace treaty.',
  ], ' ACCEPT ');
});
