// A speaker's own "I" refusing to pass on or own up to words ("I will not quote a private conversation", "I will not
// deny it", "I won't repeat what he told me") declines to speak: no refusal of an issue (trigger/speaking-refusal,
// rules.json trigger/no-comment 'firstPerson'). A party's refusal in the first person stays. Sentences written for
// these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

test('a speaker declining to quote, repeat or deny words refuses no issue', () => {
  for (const body of [
    'PASHINYAN: I will not quote a private conversation with President Aliyev more than that.',
    'ALIYEV: He said to us what he said publicly about the peace talks. I will not repeat a private conversation more than that.',
    'VUCIC: The Brussels format has made the talks with Kosovo faster, I will not deny it.',
    'Kurti said he had discussed the talks with Vucic but that he would not cite what was said behind closed doors, adding: "I will not betray a confidence."',
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some((l) => / REJECT /.test(l)), `${body}\n${got.join('\n')}`);
  }
});

test('a party refusing in the first person still refuses', () => {
  const deal = claimsOf('I will not accept any deal that cedes Karabakh, Pashinyan said.').map(label);
  assert.ok(deal.includes('ARM REJECT territory []'), deal.join('\n'));
  const corridor = claimsOf('We will not allow Azerbaijan to open a corridor through Syunik, Pashinyan said.').map(label);
  assert.ok(corridor.some((l) => l.startsWith('ARM REJECT ')), corridor.join('\n'));
});
