// A party right after a verb of backing or supporting ("countries backing Kyiv", "governments that support Armenia")
// is what they back, an object (roles.json objectMarkers): it is neither their subject nor the "they" that speaks
// after them. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const BACKING = [
  'European governments backing Armenia said they were ready to send monitors to the border.',
  'In a declaration adopted in Paris, European leaders backing Moldova said they were ready to take part in a monitoring mission.',
  'European governments that support Kosovo said they were ready to send peacekeepers to the north.',
];

test('the backers speak, not the party they back', () => {
  assertIncludes(BACKING.map((b) => [b, 'EUR OFFER security_guarantees []'] as [string, string]));
  assertNone(BACKING, /^(ARM|MDA|XKX) OFFER/);
});

test('the backed party still speaks as a subject of its own', () => {
  assertIncludes([['Armenia, backed by France, said it was ready to withdraw its troops from the border.', 'ARM OFFER territory []']]);
});
