// Article dates in the shapes wire copy, press releases and translated papers write them: a wire dateline's day is
// the report's, and a weekday or a day named for the statement dates it first (claim/dateline-yields); a dotted date
// gives the day first (discourse/dotted-date); dates under a headline, "Published: …", "Updated …" and a letter's
// date at its foot anchor an article whose header has none (discourse/anchor-date). Articles written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import { findDates } from '../../src/annotate/dates.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const dateOf = (body: string, actor: string, published: string | null) => {
  const cs = claimsOf(body, { published });
  const c = cs.find((x) => x.actor === actor);
  assert.ok(c, `${body}\n${show(cs)}`);
  return [brief(c!).date, show(cs)] as const;
};
const SIGN = 'Armenia is ready to sign the peace treaty with Azerbaijan, Prime Minister Pashinyan said on Friday.';

// (Tuesday 1 December 2026; Saturday 28 November 2026.)
const CASES: Array<[string, string, string | null, unknown]> = [
  // A dateline's day before publication: the weekday is the one before the dateline.
  ['YEREVAN, Nov 28 (Reuters) - Armenia is ready to sign the peace treaty with Azerbaijan, Prime Minister Pashinyan said on Monday.', 'ARM', '2026-12-01', '2026-11-23'],
  ['BELGRADE, Nov 28 (Reuters) - Serbia will never recognise Kosovo, President Vucic said on Friday.', 'SRB', '2026-12-01', '2026-11-27'],
  ['KHARTOUM, Nov 28 (AFP) - Sudan\'s army rejected a ceasefire on Thursday, its spokesman said.', 'SDN', '2026-12-01', '2026-11-26'],
  // The publication's own weekday, after the dateline, is the updated story's: that day (Tuesday 1 December).
  ['YEREVAN, Nov 28 (Reuters) - The talks on the peace treaty with Azerbaijan went on in Washington.\n\nOn Tuesday, Pashinyan said Armenia would never accept a corridor through its territory.', 'ARM', '2026-12-01', '2026-12-01'],
  // The dateline alone dates the statement.
  ['YEREVAN, Nov 28 (Reuters) - Armenia is ready to sign the peace treaty with Azerbaijan, Prime Minister Pashinyan said.', 'ARM', '2026-12-01', '2026-11-28'],
  // No header date: the date under the headline, in every common shape, anchors "on Friday".
  [`Armenia offers to sign\n\n1 December 2026\n\n${SIGN}`, 'ARM', null, '2026-11-27'],
  [`Armenia offers to sign\n\nDec. 1, 2026\n\n${SIGN}`, 'ARM', null, '2026-11-27'],
  [`Armenia offers to sign\n01.12.2026\n${SIGN}`, 'ARM', null, '2026-11-27'],
  [`Armenia offers to sign\n2026-12-01T08:00\n${SIGN}`, 'ARM', null, '2026-11-27'],
  [`Published: Tuesday 1 December 2026\n${SIGN}`, 'ARM', null, '2026-11-27'],
  [`Updated 1 Dec 2026, 08:14 GMT\n${SIGN}`, 'ARM', null, '2026-11-27'],
  // A letter dated at its foot.
  ['Sir, your editorial was wrong. Serbia rejected the plan on Monday and said it will never recognise Kosovo.\n\nIvan Petrovic\nNovi Sad, 1 December 2026', 'SRB', null, '2026-11-30'],
];

for (const [body, actor, published, want] of CASES) {
  test(`article dates: ${body.replace(/\n/g, ' / ')}`, () => {
    const [got, why] = dateOf(body, actor, published);
    assert.deepEqual(got, want, why);
  });
}

test('a dotted date gives the day first; a slash date stays as read', () => {
  const at = (text: string) => findDates(text, 0, null).map((d) => d.value);
  assert.deepEqual(at('Brussels, 01.12.2026'), ['2026-12-01']);
  assert.deepEqual(at('The talks of 2.5.2026 in Tirana.'), ['2026-05-02']);
  assert.deepEqual(at('Brussels, 25/11/2026'), ['2026-11-25']);
});

test('negatives: a dateline on the publication day changes nothing; no date anywhere leaves relative days unread', () => {
  let [got, why] = dateOf('BAKU, Dec 1 (Reuters) - Azerbaijan demanded on Monday that Armenia change its constitution.', 'AZE', '2026-12-01');
  assert.deepEqual(got, '2026-11-30', why);
  // (No year in the dateline and no header date: nothing to count from, spec rule 11.)
  [got, why] = dateOf('MOSCOW, Dec 1 (Reuters) - Russia will not withdraw from the four regions, Peskov said on Monday.', 'RUS', null);
  assert.deepEqual(got, null, why);
  // (A version number is no date.)
  assert.deepEqual(findDates('Version 3.1 of the text.', 0, null), []);
});
