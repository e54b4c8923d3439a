// Time expressions resolved against the publication date with a past bias (spec §2 `date`, rule 11).
// Publication dates: 2025-08-16 is a Saturday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, defaultWindow, dayRange, rangesOverlap } from '../../src/annotate/dates.js';

const SAT = '2025-08-16';
const values = (text: string, published: string | null) => findDates(text, 0, published).map((d) => d.value);

test('"on Friday" in a Saturday article is the day before', () => {
  const [d] = findDates('Putin spoke on Friday about the plan.', 0, SAT);
  assert.equal(d.value, '2025-08-15');
  assert.equal(d.future, false);
  assert.equal(d.text, 'on Friday');
});

test('a weekday is the most recent such day on or before publication', () => {
  assert.deepEqual(values('He spoke on Saturday.', SAT), ['2025-08-16']);
  assert.deepEqual(values('He spoke on Sunday.', SAT), ['2025-08-10']);
  assert.deepEqual(values('He spoke on Tuesday.', SAT), ['2025-08-12']);
});

test('"last Saturday" in a Saturday article is the week before; on another day it is the most recent one (discourse/last-weekday)', () => {
  assert.deepEqual(values('The call with Aliyev last Saturday, after which Pashinyan spoke, was short.', SAT), ['2025-08-09']);
  assert.deepEqual(values('Vucic said past Saturday that Belgrade would wait.', SAT), ['2025-08-09']);
  assert.deepEqual(values('He spoke on Saturday.', SAT), ['2025-08-16']);
  assert.deepEqual(values('He spoke last Tuesday.', SAT), ['2025-08-12']);
});

test('offsets are shifted by the sentence offset', () => {
  const [d] = findDates('Putin spoke on Friday.', 100, SAT);
  assert.deepEqual([d.start, d.end], [112, 121]);
});

test('"last week" is the previous calendar week up to the day before publication', () => {
  assert.deepEqual(values('He said last week that he was ready.', SAT), [{ from: '2025-08-04', to: '2025-08-15' }]);
});

test('"this month" runs from the first of the month to publication', () => {
  assert.deepEqual(values('Earlier this month, he said so.', SAT), [{ from: '2025-08-01', to: SAT }]);
});

test('"this week" runs from Monday to publication', () => {
  assert.deepEqual(values('He said this week that talks were possible.', SAT), [{ from: '2025-08-11', to: SAT }]);
});

test('"last month" and "last year" are the previous month and year', () => {
  assert.deepEqual(values('He said so last month.', SAT), ['2025-07']);
  assert.deepEqual(values('He said so last year.', SAT), ['2024']);
});

test('"in April" is the last April on or before publication', () => {
  assert.deepEqual(values('In April, Witkoff proposed it.', SAT), ['2025-04']);
  assert.deepEqual(values('In April, Witkoff proposed it.', '2025-03-10'), ['2024-04']);
  assert.deepEqual(values('In August, Witkoff proposed it.', SAT), ['2025-08']);
});

test('"since April" marks a position that holds from then on', () => {
  const [d] = findDates('Since April he has demanded it.', 0, SAT);
  assert.equal(d.value, '2025-04');
  assert.equal(d.since, true);
});

test('"November 7" after a November 20 publication is the same year; "November 27" is the coming one (future); "May 3" in January the year before', () => {
  assert.deepEqual(values('On November 7, he said so.', '2025-11-20'), ['2025-11-07']);
  // A month-day within two months after publication is a coming date ("talks on November 27"), marked future.
  const coming = findDates('The talks resume on November 27.', 0, '2025-11-20');
  assert.deepEqual(coming.map((d) => [d.value, d.future]), [['2025-11-27', true]]);
  assert.deepEqual(values('On May 3, he said so.', '2025-01-10'), ['2024-05-03']);
});

test('an abbreviated month with a weekday: "Monday, Nov. 21"', () => {
  assert.deepEqual(values('On Monday, Nov. 21, he spoke.', '2022-11-25'), ['2022-11-21']);
});

test('"yesterday" and "two days ago" count back from publication', () => {
  assert.deepEqual(values('Yesterday he said so.', SAT), ['2025-08-15']);
  assert.deepEqual(values('Two days ago he said so.', SAT), ['2025-08-14']);
});

test('"next week" is marked future with no date', () => {
  const [d] = findDates('The leaders will meet next week.', 0, SAT);
  assert.equal(d.future, true);
  assert.equal(d.value, null);
});

test('a full date later than publication is future', () => {
  const [d] = findDates('The summit is set for September 1, 2025.', 0, SAT);
  assert.equal(d.value, '2025-09-01');
  assert.equal(d.future, true);
});

test('with no publication date a month-day or weekday is unresolved; a full date still resolves', () => {
  assert.deepEqual(values('On March 11 he said so.', null), []);
  assert.deepEqual(values('On Friday he said so.', null), []);
  assert.deepEqual(values('In April he said so.', null), []);
  assert.deepEqual(values('On March 11, 2025, he said so.', null), ['2025-03-11']);
});

test('relative ranges need a publication date', () => {
  assert.deepEqual(values('He said last week that he was ready.', null), []);
  assert.deepEqual(values('He said so last month.', null), []);
});

test('a sentence with no time words gives nothing', () => {
  assert.deepEqual(values('The Russian side said it may come.', SAT), []);
});

test('a bare year is a year', () => {
  assert.deepEqual(values('In 2022 he demanded it.', SAT), ['2022']);
});

test('defaultWindow: the two weeks up to publication, null without a date', () => {
  assert.deepEqual(defaultWindow(SAT), { from: '2025-08-02', to: SAT });
  assert.equal(defaultWindow(null), null);
});

test('dayRange of days, months, years and ranges', () => {
  assert.deepEqual(dayRange('2025-08-15'), ['2025-08-15', '2025-08-15']);
  assert.deepEqual(dayRange('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(dayRange('2025-02'), ['2025-02-01', '2025-02-28']);
  assert.deepEqual(dayRange('2022'), ['2022-01-01', '2022-12-31']);
  assert.deepEqual(dayRange({ from: '2025-04', to: '2025-08-16' }), ['2025-04-01', '2025-08-16']);
  assert.equal(dayRange(null), null);
  assert.equal(dayRange('soon'), null);
});

test('rangesOverlap', () => {
  assert.equal(rangesOverlap('2025-08', '2025-08-15'), true);
  assert.equal(rangesOverlap({ from: '2025-08-02', to: SAT }, '2025-08-01'), false);
  assert.equal(rangesOverlap(null, '2025-08-01'), false);
});

// Parts of the day of publication, the night before it and the weekend just past: chrono reads "this morning" and
// "last night", but the cheap gate that skips sentences with no time word had kept them from it.
const TUE = '2025-06-10';
test('"this morning", "this afternoon", "this evening" are the day of publication', () => {
  for (const e of ['this morning', 'This morning', 'this afternoon', 'this evening']) assert.deepEqual(values(`Pashinyan said ${e} that the border talks would go on.`, TUE), [TUE], e);
});

test('"last night" is the day before publication; "overnight" the night running into it', () => {
  assert.deepEqual(values('Vucic told reporters last night that Belgrade would not recognise Kosovo.', TUE), ['2025-06-09']);
  assert.deepEqual(values('Hamas said overnight that it had accepted the Egyptian proposal.', TUE), [{ from: '2025-06-09', to: TUE }]);
});

test('"over the weekend", "last weekend" are the Saturday and Sunday just past', () => {
  for (const e of ['over the weekend', 'during the weekend', 'last weekend', 'this weekend']) assert.deepEqual(values(`Aliyev said ${e} that a treaty was close.`, TUE), [{ from: '2025-06-07', to: '2025-06-08' }], e);
  // Published on a Saturday: the weekend so far is that day.
  assert.deepEqual(values('Aliyev said over the weekend that a treaty was close.', SAT), [{ from: SAT, to: SAT }]);
});

test('day parts and weekends that are no time of a statement give no date', () => {
  assert.deepEqual(values('The weekend talks in Doha were about hostages.', TUE), []);
  // ("at the weekend" often describes an event, "the plan discussed in Geneva at the weekend": not read.)
  assert.deepEqual(values('Aliyev said the plan discussed at the weekend was close to a treaty.', TUE), []);
  assert.deepEqual(values('He said talks would resume in the morning.', TUE), []);
});
