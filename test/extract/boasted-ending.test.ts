// A promise to end a war quickly boasts of the holder's prowess and offers no term to anyone
// (trigger/boasted-ending), while a promise with a term of its own still offers. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a promise to end the war quickly: no offer', () => {
  assertNone([
    'Milei, who promised to end the conflict with the unions quickly, met Kenya\'s president in Nairobi.',
    'The candidate had promised to end the war in Sudan within a day of taking office.',
    'Aliyev, who vowed to end the fighting in 24 hours, addressed parliament in Baku.',
    'During the campaign she pledged to swiftly end the war with Eritrea.',
  ], / OFFER ceasefire/);
});

test('a promise with a term of its own: still an offer', () => {
  assertIncludes([
    ['Israel pledged to end the offensive in Rafah if Hamas released the hostages.', 'ISR OFFER ceasefire []'],
    ['Ethiopia promised to halt air strikes in Tigray for 30 days.', 'ETH OFFER ceasefire []'],
    ['Azerbaijan vowed to end the fighting along the border once Armenia signed the treaty.', 'AZE OFFER ceasefire []'],
  ]);
});
