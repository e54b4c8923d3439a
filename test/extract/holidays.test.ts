// Holidays as time expressions (discourse/holidays, spec §5 `date`): "a framework presented before Christmas",
// "said over Christmas", "just after Christmas", "at New Year" are read as the last such holiday on or before
// publication; "a Christmas truce" names a truce and "by Christmas" a deadline. Sentences written for these
// tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import { findDates } from '../../src/annotate/dates.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// An op-ed of Monday 12 January 2026.
const PUB = { published: '2026-01-12' };

test('a stance dated "before Christmas" or "over Christmas" falls in the last Christmas before publication', () => {
  let cs = claimsOf('Then Yerevan. Pashinyan\'s peace framework, presented before Christmas, proposes freezing the border where it stands.', PUB);
  let c = cs.find((x) => x.actor === 'ARM');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2025-12-18', to: '2025-12-24' }, show(cs));
  cs = claimsOf('Aliyev said over Christmas that Azerbaijan was ready to resume talks in Abu Dhabi.', PUB);
  c = cs.find((x) => x.actor === 'AZE');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2025-12-24', to: '2025-12-26' }, show(cs));
  cs = claimsOf('Just after Christmas, Serbia rejected the proposal for talks in Brussels.', PUB);
  c = cs.find((x) => x.actor === 'SRB');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2025-12-26', to: '2025-12-31' }, show(cs));
});

test('negatives: "a Christmas truce" and "by Christmas" are no dates; a day before Christmas Eve keeps its year', () => {
  assert.deepEqual(findDates('Armenia proposed a Christmas truce along the border.', 0, '2026-01-12'), []);
  assert.deepEqual(findDates('Baku wants a deal by Christmas.', 0, '2025-12-01'), []);
  assert.deepEqual(findDates('He spoke before the Christmas truce.', 0, '2026-01-12'), []);
  // Published on 20 December: "before Christmas" is this December, up to publication.
  assert.deepEqual(findDates('Before Christmas, Armenia agreed.', 0, '2025-12-20').map((d) => d.value), [{ from: '2025-12-18', to: '2025-12-20' }]);
  // Published in November: last year's Christmas.
  assert.deepEqual(findDates('He said over Christmas that talks should resume.', 0, '2025-11-10').map((d) => d.value), [{ from: '2024-12-24', to: '2024-12-26' }]);
});
