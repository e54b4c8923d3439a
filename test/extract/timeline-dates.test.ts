// Dates in a timeline (spec §5 `date`: when a position was stated, not when the article ran): headings in
// capitals ("MARCH 4 - GENEVA") date the entries under them (discourse/capital-headings, claim/date-line); a bare
// weekday in an entry is that entry's weekday (claim/entry-weekday); a date the event is set for ("a truce for
// May 8-10", "a ceasefire starting on May 12") is not the statement's (claim/scheduled-date). Articles written
// for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const find = (cs: Claim[], l: string) => cs.find((c) => label(c) === l);

// Published Friday 25 July 2025: the default window is 11–25 July.
const PUB = { published: '2025-07-25' };

const TIMELINE = [
  'TIMELINE: Half a year of truce offers in the Caucasus',
  '',
  'Armenian and Azerbaijani delegations met in Abu Dhabi for a third time on Wednesday. Below are the main offers since March.',
  '',
  'MARCH 4 - GENEVA',
  'After a day of talks with the Swiss mediators, Armenia said it was ready to accept an immediate 30-day ceasefire along the border.',
  '',
  'MARCH 6 - BAKU',
  'Azerbaijan rejected the truce.',
  '',
  'APRIL 19 - NOVRUZ',
  'On Saturday Aliyev declared a holiday truce along the whole border.',
  '',
  'APRIL 28 - THE COUNTER-OFFER',
  'Baku announced a three-day ceasefire for May 8-10, to coincide with the holiday.',
  '',
  'MAY 10 - YEREVAN',
  'Pashinyan and the leaders of France and Germany called for a full and unconditional ceasefire starting on May 12.',
].join('\n');

test('a heading in capitals dates the entries under it', () => {
  const cs = claimsOf(TIMELINE, PUB);
  for (const [want, date] of [
    ['ARM ACCEPT ceasefire []', '2025-03-04'],
    ['AZE REJECT ceasefire []', '2025-03-06'],
  ] as const) {
    const c = find(cs, want);
    assert.ok(c, `${want}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, date, `${want}\n${show(cs)}`);
  }
});

test('a bare weekday in a timeline entry is the weekday of its heading, not of the publication week', () => {
  const cs = claimsOf(TIMELINE, PUB);
  const c = find(cs, 'AZE OFFER ceasefire []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-04-19', show(cs));
  // A heading on a Monday: "on Saturday" is the Saturday before it.
  const monday = claimsOf(['APRIL 21 - BAKU', 'On Saturday Aliyev declared a holiday truce along the whole border.', '', 'MAY 2 - YEREVAN', 'Armenia rejected the truce.'].join('\n'), PUB);
  const m = find(monday, 'AZE OFFER ceasefire []');
  assert.ok(m, show(monday));
  assert.deepEqual(brief(m!).date, '2025-04-19', show(monday));
});

test('a date the event is set for is not the date of the statement', () => {
  const cs = claimsOf(TIMELINE, PUB);
  const c = find(cs, 'AZE OFFER ceasefire []');
  assert.ok(c, show(cs));
  // "announced a three-day ceasefire for May 8-10" under APRIL 28: the announcement is of 28 April.
  const all = cs.filter((x) => label(x) === 'AZE OFFER ceasefire []').map((x) => brief(x).date);
  assert.ok(all.some((d) => d === '2025-04-28'), show(cs));
  for (const want of ['ARM', 'FRA', 'DEU']) {
    // (DEMAND or PROPOSE: "called for" with no party asked.)
    const x = cs.find((y) => y.actor === want && y.issue === 'ceasefire' && y.quote.startsWith('called for'));
    assert.ok(x, `${want}\n${show(cs)}`);
    assert.deepEqual(brief(x!).date, '2025-05-10', `${want}\n${show(cs)}`);
  }
  // Outside a timeline too: the call was made on Monday, the truce it asks for starts on Thursday.
  const one = claimsOf('On Monday Serbia called for a ceasefire in the north starting on Thursday.', { published: '2025-06-13' });
  const s = one.find((y) => y.actor === 'SRB' && y.issue === 'ceasefire');
  assert.ok(s, show(one));
  assert.deepEqual(brief(s!).date, '2025-06-09', show(one));
});

test('negatives: no timeline, no heading, no anchor', () => {
  // A weekday with no date line above is read against publication (Friday 13 June 2025 → Saturday 7 June).
  let cs = claimsOf('On Saturday Aliyev declared a holiday truce along the whole border.', { published: '2025-06-13' });
  let c = find(cs, 'AZE OFFER ceasefire []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-07', show(cs));
  // A line in capitals with no digit names no date: "MAY" is not a month here, and the statement keeps the window.
  cs = claimsOf(['KOSOVO TALKS: SERBIA MAY WALK AWAY', 'Serbia rejected the proposed ceasefire.'].join('\n'), { published: '2025-06-13' });
  c = find(cs, 'SRB REJECT ceasefire []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2025-05-30', to: '2025-06-13' }, show(cs));
  // "for" after a word that is no event keeps the date: "asked for the first time on Tuesday".
  cs = claimsOf('Armenia called for international monitors for the first time on Tuesday.', { published: '2025-06-13' });
  c = cs.find((x) => x.actor === 'ARM');
  if (c) assert.deepEqual(brief(c).date, '2025-06-10', show(cs));
});
