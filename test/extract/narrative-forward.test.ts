// A story told in order moves forward (discourse/narrative-forward): a month with no year after a dated one is the same
// year's or the next year's, the year before only in a pluperfect; a retrospective of one year ("2025 in review")
// gives that year to the months it names first. Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';


test('a year in review: the months it names are in the year of its title', () => {
  const body = 'The year began with hope. In January, Azerbaijan demanded that Armenia change its constitution.\n\nBy December the two sides were close. On 12 December, Serbia rejected the EU plan.';
  const cs = claimsOf(body, { published: '2026-02-10', title: '2025 in review: the year of the talks' });
  assert.deepEqual(dateOf(cs, 'AZE'), '2025-01', show(cs));
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), '2025-12-12', show(cs));
  const cs2 = claimsOf('January\n\nKosovo offered to hold talks in Brussels.\n\nFebruary\n\nSerbia rejected the EU plan.', { published: '2026-01-05', title: 'Yearbook: the diplomacy of 2025' });
  assert.deepEqual(dateOf(cs2, 'XKX'), '2025-01', show(cs2));
  assert.deepEqual(dateOf(cs2, 'SRB', 'REJECT'), '2025-02', show(cs2));
});

test('a later month after a dated one stays in its year; an earlier one crosses into the next year when nearer', () => {
  const pub = { published: '2026-12-01' };
  let cs = claimsOf('In January 2024, the envoys met in Doha. In December, Israel rejected the ceasefire proposal.', pub);
  assert.deepEqual(dateOf(cs, 'ISR'), '2024-12', show(cs));
  cs = claimsOf('The delegations met in Jeddah on December 3, 2024. On January 15, Sudan\'s army rejected the ceasefire.', pub);
  assert.deepEqual(dateOf(cs, 'SDN'), '2025-01-15', show(cs));
  cs = claimsOf('The delegations met in Prague on March 29, 2023. On February 28, Azerbaijan had demanded that Armenia change its constitution.', pub);
  assert.deepEqual(dateOf(cs, 'AZE'), '2023-02-28', show(cs));
});

test('negatives: a pluperfect may go back a year; a news report with no title year keeps the last month before publication', () => {
  let cs = claimsOf('The envoy arrived in Baku on January 5, 2025. In December, Azerbaijan had demanded that Armenia change its constitution.', { published: '2026-12-01' });
  assert.deepEqual(dateOf(cs, 'AZE'), '2024-12', show(cs));
  cs = claimsOf('In January, Azerbaijan demanded that Armenia change its constitution.', { published: '2026-02-10', title: 'Baku hardens its line' });
  assert.deepEqual(dateOf(cs, 'AZE'), '2026-01', show(cs));
});
