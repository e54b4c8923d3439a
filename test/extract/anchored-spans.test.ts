// Spans of time named from the story's last date (discourse/anchored-spans): "later that month", "later that year",
// "the following week", "that spring" are read against the date the text named before them, not against publication
// (chrono reads none of them, or "the next month" as a plan). Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const PUB = { published: '2026-12-01' };
const WINDOW = { from: '2026-11-17', to: '2026-12-01' };
const CASES: Array<[string, string, unknown]> = [
  ['In 2023, the talks stalled. That spring, Azerbaijan demanded that Armenia change its constitution.', 'AZE', { from: '2023-03-01', to: '2023-05-31' }],
  ['The envoys met in Brussels on 14 March 2024. The following week, Serbia rejected the EU plan.', 'SRB', { from: '2024-03-18', to: '2024-03-24' }],
  ['In June 2022, the sides met in Istanbul. Later that year, Russia demanded that Ukraine withdraw from Donetsk.', 'RUS', { from: '2022-06-01', to: '2022-12-31' }],
  ["Kosovo's prime minister met the envoy on 3 May 2025. Later that month, he demanded that Serbia recognise Kosovo.", 'XKX', { from: '2025-05-04', to: '2025-05-31' }],
  ["The talks in Jeddah collapsed on 20 August 2024. Earlier that month, Sudan's army had rejected a ceasefire.", 'SDN', { from: '2024-08-01', to: '2024-08-19' }],
  ['The mediators met in Doha in October 2025. The next month, Israel accepted the ceasefire plan.', 'ISR', '2025-11'],
  ['Pashinyan visited Brussels in April 2024. That summer, Armenia offered to sign the peace treaty.', 'ARM', { from: '2024-06-01', to: '2024-08-31' }],
];

for (const [body, actor, want] of CASES) {
  test(`a span read from the story's last date: ${body}`, () => {
    const cs = claimsOf(body, PUB);
    const c = cs.find((x) => x.actor === actor);
    assert.ok(c, show(cs));
    assert.deepEqual(brief(c!).date, want, show(cs));
  });
}

test('negatives: with no date before it a span dates nothing; "the next month of talks" is no span', () => {
  let cs = claimsOf('Later that year, Russia demanded that Ukraine withdraw from Donetsk.', PUB);
  assert.deepEqual(brief(cs.find((x) => x.actor === 'RUS')!).date, WINDOW, show(cs));
  cs = claimsOf('The envoys met in Brussels on 14 March 2026. Serbia said on Monday that it rejected the next month of talks.', PUB);
  assert.deepEqual(brief(cs.find((x) => x.actor === 'SRB')!).date, '2026-11-30', show(cs));
});
