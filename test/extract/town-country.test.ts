// A country after a town and a comma, in a phrase of place ("at a forum in Davos, Switzerland, …"), says where
// something happened, not who spoke (discourse/venue-apposition townPrepositions): it holds no stance of the
// unknown speaker after it. A country that a verb follows is still the subject ("In Moscow, Russia rejected …").
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('a country naming where a town is holds no stance', () => {
  for (const body of [
    'Speaking at a forum in Davos, Switzerland, the former diplomat urged the West to accept negotiations with Moscow.',
    'At a conference in Doha, Qatar, a retired general said the sides should agree to a ceasefire.',
    'In an interview recorded in Astana, Kazakhstan, the historian said Baku must withdraw its troops from the border.',
  ]) {
    const got = labels(body);
    for (const code of ['CHE', 'QAT', 'KAZ']) assert.ok(!got.some((l) => l.startsWith(`${code} `)), `${body}\n${got.join('\n')}`);
  }
});

test('a country that is the subject, or a party of its own, still holds its stance', () => {
  assert.ok(labels('In Moscow, Russia rejected the plan.').some((l) => l.startsWith('RUS REJECT')));
  assert.ok(labels('After talks with Erdogan, Russia said it was ready for a ceasefire.').some((l) => l.startsWith('RUS OFFER ceasefire')));
  assert.ok(labels('The talks were held in Geneva, Switzerland. Switzerland offered to host another round.').some((l) => l.startsWith('CHE OFFER talks')));
});
