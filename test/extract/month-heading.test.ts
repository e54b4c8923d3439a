// A month alone in capitals, set off as a heading ("FEBRUARY.", "MAY:", "JUNE - THE MISSION"), heads a yearbook's or a
// chronicle's section (discourse/capital-headings, claim/date-line): the entries under it were stated in that month,
// and in a review of a past year ("The Year in Review 2025", published in 2026), in that year. A modal "MAY" in a
// headline in capitals names no month. Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

const YEARBOOK = { published: '2026-01-20', title: 'The Year in Review 2025 - the Caucasus: a peace that stalled, month by month' };

test('a yearbook\'s month headings in capitals date the entries under them, in the reviewed year', () => {
  const body = [
    'THE ANNUAL REGISTER 2026 | Section 4 | Entry 4.2',
    'Summary: in 2025 the mediators tried again, and the two sides moved no closer.',
    'FEBRUARY. At a meeting in Geneva, Azerbaijan demanded that Armenia change its constitution. Yerevan said it would consider it.',
    'MAY. Armenia proposed peace talks in Vienna. The Azerbaijani foreign ministry replied that no commission was needed.',
    'OCTOBER. Turkey offered to host a summit of the two leaders in Istanbul.',
  ].join('\n');
  const cs = claimsOf(body, YEARBOOK);
  assert.deepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2025-02', show(cs));
  assert.deepEqual(dateOf(cs, 'ARM', 'PROPOSE'), '2025-05', show(cs));
  assert.deepEqual(dateOf(cs, 'TUR', 'OFFER'), '2025-10', show(cs));
});

test('a summary naming the reviewed year does not make a January heading this year\'s', () => {
  const body = 'Summary: in 2025 the mediators tried again.\n\nJANUARY. Azerbaijan demanded that Armenia change its constitution.\n\nMARCH. Turkey offered to host talks in Istanbul.';
  const cs = claimsOf(body, { published: '2026-01-20', title: 'The Year in Review 2025' });
  assert.deepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2025-01', show(cs));
  assert.deepEqual(dateOf(cs, 'TUR', 'OFFER'), '2025-03', show(cs));
});

test('a month heading set off by a colon or a dash, and a day under it, in a chronicle of another year', () => {
  const body = [
    'MARCH: Kosovo offered to open talks on the association of Serb municipalities. Serbia rejected the offer a week later.',
    'JUNE - THE BRUSSELS ROUND',
    'Serbia demanded that Kosovo withdraw its special police from the north. On 21 June, the EU proposed a new round of talks in Brussels.',
    'SEPTEMBER: Kosovo rejected the EU plan for the north.',
  ].join('\n\n');
  const cs = claimsOf(body, { published: '2024-02-01', title: 'Chronicle 2023: Belgrade and Pristina' });
  assert.deepEqual(dateOf(cs, 'XKX', 'OFFER'), '2023-03', show(cs));
  assert.deepEqual(dateOf(cs, 'SRB', 'DEMAND'), '2023-06', show(cs));
  assert.deepEqual(dateOf(cs, 'EU', 'PROPOSE'), '2023-06-21', show(cs));
  assert.deepEqual(dateOf(cs, 'XKX', 'REJECT'), '2023-09', show(cs));
});

test('in a current chronicle with no year in its title, a month heading is the last such month', () => {
  const body = 'JANUARY. Sudan\'s army rejected the ceasefire proposal.\n\nAPRIL. Egypt offered to host talks in Cairo.';
  const cs = claimsOf(body, { published: '2026-05-10', title: 'Sudan: four months of offers' });
  assert.deepEqual(dateOf(cs, 'SDN', 'REJECT'), '2026-01', show(cs));
  assert.deepEqual(dateOf(cs, 'EGY', 'OFFER'), '2026-04', show(cs));
});

test('negatives: a modal "MAY" in a headline in capitals, a month inside a heading\'s words, names no month', () => {
  const pub = { published: '2025-06-20' };
  const window = { from: '2025-06-06', to: '2025-06-20' };
  let cs = claimsOf('SERBIA MAY REJECT THE EU PLAN\n\nSerbia rejected the EU plan for the north, its president said.', pub);
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), window, show(cs));
  cs = claimsOf('THE LONG MARCH TO PEACE\n\nArmenia proposed a border commission to Azerbaijan.', pub);
  assert.deepEqual(dateOf(cs, 'ARM', 'PROPOSE'), window, show(cs));
  cs = claimsOf('MAY THE TALKS SUCCEED\n\nKosovo offered to resume talks with Serbia.', pub);
  assert.deepEqual(dateOf(cs, 'XKX', 'OFFER'), window, show(cs));
});

// A wire timeline writes each entry as its month in capitals, whole or shortened, with the day, then the entry in lower
// case ("DEC 14 – In Berlin, …", "SEPT. 3: …"): the entry is dated by that day (discourse/capital-headings).
test('a timeline entry opening with a month in capitals and its day is dated by that day', () => {
  const body = [
    'Key moments in the talks between Serbia and Kosovo this year:',
    'FEB 27 – In Brussels, Kosovo offered to open talks on the association of Serb municipalities.',
    'SEPT. 3: Serbia rejected the EU plan for the north, its president said.',
    'NOVEMBER 12 - Turkey proposed a summit of the two leaders in Istanbul.',
  ].join('\n\n');
  const cs = claimsOf(body, { published: '2025-12-20', title: 'Timeline: Serbia and Kosovo in 2025' });
  assert.deepEqual(dateOf(cs, 'XKX', 'OFFER'), '2025-02-27', show(cs));
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), '2025-09-03', show(cs));
  assert.deepEqual(dateOf(cs, 'TUR', 'PROPOSE'), '2025-11-12', show(cs));
});

test('negative: a sentence in capitals with a number after a modal "MAY" names no date', () => {
  const cs = claimsOf('Armenia proposed a border commission to Azerbaijan, its foreign ministry said.\n\nMAY 2 SIDES AGREE? Analysts doubt it.', { published: '2025-06-20' });
  assert.deepEqual(dateOf(cs, 'ARM', 'PROPOSE'), { from: '2025-06-06', to: '2025-06-20' }, show(cs));
});
