// A document said to be agreed, ready or done to a share is accepted by the party that reports it (candidate/agreed-share):
// its issue is what the subject names, and a whole plan or framework naming nothing else is the talks (spec §3 rule 9).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a framework agreed to a share: the talks accepted', () => {
  assertIncludes([
    ['Pashinyan said the 17-point framework drafted with Baku was "90 percent" agreed.', 'ARM ACCEPT talks []'],
    ['Kurti said the draft agreement with Belgrade was now ninety per cent agreed.', 'XKX ACCEPT talks []'],
    ['Abiy Ahmed said the peace plan was "80 to 85%" done.', 'ETH ACCEPT talks []'],
  ]);
});

test('a document naming an issue: that issue accepted', () => {
  assertIncludes([
    ['Aliyev said the documents on border demarcation with Armenia were "100% ready".', 'AZE ACCEPT territory []'],
    ['Netanyahu said the text on the hostage exchange was "one hundred per cent" agreed.', 'ISR ACCEPT humanitarian []'],
  ]);
});

test('no document, or no share agreed: no claim', () => {
  assertNone([
    'Kurti said turnout in the north was 60 percent.',
    'Pashinyan said it was 80% ready.',
    'Officials said inflation was "ten per cent" higher.',
    'Abiy Ahmed said 90 percent of the troops were ready.',
  ], /ACCEPT/);
});
