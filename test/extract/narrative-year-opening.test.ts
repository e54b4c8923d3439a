// A year that opens its sentence or stands as a heading line sets the year of the story told after it
// (discourse/narrative-year-opening): "In 2023, the talks stalled. In March, Baku demanded …" is March 2023, in a
// review written years later. A year elsewhere in a sentence is background. A month in a clause in the future is the
// coming one (discourse/future-month): it is a plan, and never the year of the story around it. Articles written for
// these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';
import { findDates } from '../../src/annotate/dates.js';

const PUB = { published: '2026-12-01' };

test('a year opening a sentence gives its year to the months told after it', () => {
  const cs = claimsOf('In 2023, the talks stalled. In March, Azerbaijan demanded that Armenia change its constitution.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2023-03', show(cs));
  const cs2 = claimsOf('Throughout 2024 the mediators shuttled between the capitals. Serbia rejected the EU plan in May.', PUB);
  assert.deepEqual(dateOf(cs2, 'SRB', 'REJECT'), '2024-05', show(cs2));
  const cs3 = claimsOf('By 2022, the front had frozen.\n\nIn June, Sudan\'s army rejected a ceasefire in Khartoum, its spokesman said.', PUB);
  assert.deepEqual(dateOf(cs3, 'SDN'), '2022-06', show(cs3));
});

test('a year on a line of its own heads the months under it, up to the next year', () => {
  const body = ['2023', '', 'Azerbaijan demanded in March that Armenia change its constitution.', '', '2024', '', 'Serbia rejected the EU plan in May. In June, Kosovo offered to hold talks in Brussels.'].join('\n');
  const cs = claimsOf(body, PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2023-03', show(cs));
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), '2024-05', show(cs));
  assert.deepEqual(dateOf(cs, 'XKX'), '2024-06', show(cs));
});

test('negatives: a year inside a sentence is background; the month stays the last one before publication', () => {
  const cs = claimsOf('Russia annexed the four regions in 2022. In March, Moscow demanded that Kyiv withdraw from Donetsk.', PUB);
  assert.deepEqual(dateOf(cs, 'RUS'), '2026-03', show(cs));
  const cs2 = claimsOf('The 2023 accords have not held. In October, Baku demanded that Armenia change its constitution.', PUB);
  assert.deepEqual(dateOf(cs2, 'AZE'), '2026-10', show(cs2));
});

test('a month in a clause in the future is the coming one, and no year of the story', () => {
  const cs = claimsOf('Baku has said it will host talks in February. Armenia and Azerbaijan met in October. At that meeting, Baku demanded that Armenia change its constitution.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2026-10', show(cs));
  const at = (text: string) => findDates(text, 0, '2026-12-01').map((d) => [d.value, d.future]);
  assert.deepEqual(at('Armenia will meet Azerbaijan in July.'), [['2027-07', true]]);
  assert.deepEqual(at('The two leaders are due to meet on 12 March in Tbilisi.'), [['2027-03-12', true]]);
  assert.deepEqual(at('The envoys will meet again in December.'), [['2026-12', true]]);
});

test('negatives: a month in the past tense, or after "would", stays the last one', () => {
  const at = (text: string) => findDates(text, 0, '2026-12-01').map((d) => [d.value, d.future]);
  assert.deepEqual(at('Armenia met Azerbaijan in July.'), [['2026-07', false]]);
  assert.deepEqual(at('In June, Baku said it would hold talks in July.'), [['2026-06', false], ['2026-07', false]]);
  // (A future verb before a relative clause: the clause's own month is past.)
  assert.deepEqual(at('Serbia will not sign the plan, which it rejected in July.'), [['2026-07', false]]);
});
