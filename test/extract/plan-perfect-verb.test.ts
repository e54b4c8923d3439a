// A plan heading its clause speaks for its authors through a verb of providing or saying (candidate/document-provision);
// in the perfect too, "had proposed", "has called for": the auxiliary is passed over as an adverb is, and the word
// after it must still be such a verb. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"The counter-draft, circulated by …, had proposed that …": its authors propose', () => {
  assertIncludes([
    ['A counter-draft, circulated by Qatar, Egypt and Turkey before the meeting, had proposed that all hostages be freed.', 'QAT PROPOSE humanitarian []'],
    ['A counter-draft, circulated by Qatar, Egypt and Turkey before the meeting, had proposed that all hostages be freed.', 'TUR PROPOSE humanitarian []'],
    ['The Armenian draft, drawn up by Yerevan, has proposed that all prisoners be exchanged within a month.', 'ARM PROPOSE humanitarian []'],
  ]);
});

test('a perfect with no plan verb after it: no provision', () => {
  assertNone([
    'A counter-draft, circulated by Qatar, Egypt and Turkey before the meeting, had been shelved by Friday when the hostages were freed.',
    'A counter-draft, circulated by Qatar, Egypt and Turkey before the meeting, has no provision on the hostages.',
  ], /^(QAT|EGY|TUR) PROPOSE humanitarian/);
});
