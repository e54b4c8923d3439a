// A cue verb's clause without "that" (candidate/zero-that) and "the two" as the pair of a meeting
// (discourse/meeting-pair 'bareNumerals'). Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a cue verb takes a clause without "that"', [
  { body: 'Armenia and Azerbaijan agreed the border commissions would meet in March.', want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'] },
  { body: 'Serbia and Kosovo have agreed their negotiators will resume talks in Brussels next month.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: 'Ethiopia agreed the African Union should mediate the talks with Eritrea.', want: ['ETH ACCEPT talks []'] },
  { body: 'India insisted Pakistan must dismantle the militant camps near the Line of Control before any talks.', want: ['IND DEMAND talks []'] },
]);

claimCases('"the two" after a meeting is its pair', [
  { body: 'Pashinyan met Aliyev in Abu Dhabi on Thursday. The two agreed their teams would begin negotiations on a peace treaty immediately.', want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'] },
  { body: 'Vucic held talks with Kurti in Brussels. The two agreed to resume the dialogue in May.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: 'After meeting Vucic, Kurti said the two had agreed to resume talks in Brussels.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
]);

test('no clause, a participle, a passive or a noun after "the two" gives nothing of this kind', () => {
  const none = [
    'The agreed plan would see Armenian troops withdrawn from the border villages.',
    'It was agreed the talks would resume in Geneva.',
    'Pashinyan met Aliyev in Abu Dhabi. The two regions have been at the centre of the dispute for decades.',
    'The two main opposition parties in Yerevan held a rally on Sunday.',
  ];
  for (const body of none) assert.deepEqual(claimsOf(body).map(label), [], body);
  // ("hope" of a thing, not of a party's act: the cue's own match rules judge the clause.)
  const hope = claimsOf('Washington said it hoped the agreement would help lead to talks on ending the war in Sudan.').map(label);
  assert.ok(!hope.some((l) => l.includes('DEMAND')), hope.join('\n'));
});
