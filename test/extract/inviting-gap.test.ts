// "inviting X to" a meeting proposes it, as "invited X to" does (candidate/gap-verb 'invite': an invitation puts a
// format of the talks forward, PROPOSE talks), with a party right after it (a 'party' verb: "inviting Turkic leaders to a
// summit to endorse the treaty" gives nothing, test asked-of-others).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"inviting X to" a meeting: PROPOSE talks', () => {
  assertIncludes([
    ['Pashinyan has been inviting Aliyev to a peace summit in Yerevan to sign the treaty.', 'ARM PROPOSE talks []'],
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
