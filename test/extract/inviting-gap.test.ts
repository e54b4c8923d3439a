// "inviting X to" a meeting proposes it, as "invited X to" does (candidate/gap-verb 'invite': an invitation puts a
// format of the talks forward, PROPOSE talks); the addressees need not be a party ("inviting leaders to a summit").
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"inviting X to" a meeting: PROPOSE talks', () => {
  assertIncludes([
    ['Pashinyan has been inviting world leaders to a peace summit in Yerevan to endorse his plan.', 'ARM PROPOSE talks []'],
    ['Aliyev closed the news conference by inviting Pashinyan to their next meeting in Baku.', 'AZE PROPOSE talks []'],
    ['Addis Ababa is inviting Eritrean officials to a new round of talks in Nairobi.', 'ETH PROPOSE talks []'],
  ]);
});

test('a passive invitation, or one of another party: no proposal by the invited', () => {
  assertNone([
    'Pashinyan is being invited by Aliyev to a summit in Baku.',
    'Kosovo was inviting criticism with its new police deployment.',
  ], /^(ARM|XKX) PROPOSE talks/);
});
