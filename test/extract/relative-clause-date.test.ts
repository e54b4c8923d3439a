// A date in a relative clause set off by commas before a stance belongs to the clause's event
// (claim/relative-clause-date): "X, who met Y in 2022, said on Friday …" is Friday's statement. A clause of speech
// ("who spoke to reporters on Friday") still dates the statement. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
// Tuesday 1 December 2026.
const PUB = { published: '2026-12-01' };
const WINDOW = { from: '2026-11-17', to: '2026-12-01' };
const dateOf = (body: string, actor: string) => {
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === actor);
  assert.ok(c, `${body}\n${show(cs)}`);
  return [brief(c!).date, show(cs)] as const;
};

const CASES: Array<[string, string, unknown]> = [
  ["Kosovo's prime minister, who visited Belgrade in March, demanded on Thursday that Serbia recognise Kosovo.", 'XKX', '2026-11-26'],
  ['Pashinyan, who met Aliyev in Prague in 2022, said on Friday that Armenia was ready to sign the peace treaty.', 'ARM', '2026-11-27'],
  ['Pashinyan, who met Aliyev in Prague in October 2022, is ready to sign the peace treaty.', 'ARM', WINDOW],
  ["Sudan's army chief, whose forces lost El Fasher in October, rejected a ceasefire on Monday.", 'SDN', '2026-11-30'],
  ['The Serbian president, who took office in 2017, will never recognise Kosovo.', 'SRB', WINDOW],
];

for (const [body, actor, want] of CASES) {
  test(`a relative clause's date is its own event's: ${body}`, () => {
    const [got, why] = dateOf(body, actor);
    assert.deepEqual(got, want, why);
  });
}

test('negatives: a clause of speech dates the statement; a date after the stance or with no relative clause stays', () => {
  let [got, why] = dateOf('Aliyev, who spoke to reporters in Baku on Friday, demanded that Armenia change its constitution.', 'AZE');
  assert.deepEqual(got, '2026-11-27', why);
  [got, why] = dateOf('In March, Azerbaijan demanded that Armenia change its constitution.', 'AZE');
  assert.deepEqual(got, '2026-03', why);
  [got, why] = dateOf('Pashinyan said on Friday, in Yerevan, that Armenia was ready to sign the peace treaty.', 'ARM');
  assert.deepEqual(got, '2026-11-27', why);
});
