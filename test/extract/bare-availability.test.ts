// A party said to be available, with nothing after "available" but the clause's end or an open scope, offers its
// good offices, talks (candidate/bare-availability): "remained available \"for any step …\"", "is available at any
// time", "would be available whenever …". A thing available, a negated one, or "available for comment" offers
// nothing. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a party available with no object: an offer of its good offices', () => {
  assertIncludes([
    ['Pope Leo XIV said the Vatican remained available "for any step that brings Armenians and Azerbaijanis closer".', 'VAT OFFER talks []'],
    ['The foreign minister said that Vienna, a seat of the United Nations and the OSCE, "is available at any time and at any level" if Belgrade and Pristina wished to meet there.', 'AUT OFFER talks []'],
    ['Norway said it was always available if Armenia and Azerbaijan wanted to meet.', 'NOR OFFER talks []'],
    ['Qatar remains available, its foreign ministry said on Monday after the talks on Gaza stalled.', 'QAT OFFER talks []'],
    ['Kenya said Nairobi would be available whenever Ethiopia and Eritrea were ready to talk.', 'KEN OFFER talks []'],
  ]);
});

test('a thing available, a refusal, or no party: no offer', () => {
  assertNone([
    'The text of the agreement between Armenia and Azerbaijan is available on the ministry\'s website.',
    'Funds for the reconstruction of Gaza were available, the World Bank said.',
    'Kazakhstan said it was not available this month.',
    'Israel was available for comment on Monday.',
    'A spokesman for Hamas was not immediately available.',
  ], /OFFER talks/);
});
