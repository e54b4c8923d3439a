// A range of days is a range, not its first day (discourse/day-range): a statement made during a visit or a
// conference of those days is dated by the whole of it. Sentences written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import { findDates } from '../../src/annotate/dates.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const at = (text: string) => findDates(text, 0, '2026-12-01').map((d) => d.value);

test('a range of days, in the shapes reports write it', () => {
  assert.deepEqual(at('The rapporteur visited Yerevan and Baku from 3 to 7 November 2026.'), [{ from: '2026-11-03', to: '2026-11-07' }]);
  assert.deepEqual(at('The sides met in Doha on 12-14 March 2025.'), [{ from: '2025-03-12', to: '2025-03-14' }]);
  assert.deepEqual(at('The conference ran from 28 November to 2 December 2025.'), [{ from: '2025-11-28', to: '2025-12-02' }]);
});

test('a statement made during the days of a conference is dated by all of them', () => {
  const cs = claimsOf('At the conference in Geneva on 3-5 November 2026, Armenia said it was ready to sign the peace treaty.', { published: '2026-12-01' });
  const c = cs.find((x) => x.actor === 'ARM');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2026-11-03', to: '2026-11-05' }, show(cs));
});

test('negatives: two days named apart stay two days; a single day stays a day', () => {
  assert.deepEqual(at('Baku spoke on March 3 and again on March 5.'), ['2026-03-03', '2026-03-05']);
  assert.deepEqual(at('The minister spoke on 5 November.'), ['2026-11-05']);
});
