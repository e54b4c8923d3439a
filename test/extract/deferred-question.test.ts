// A question left to later talks in the future or a plan's "was to be" ("the future of the Donbas would be left to a
// meeting of the two presidents", "territorial questions would be discussed at a later stage") proposes a format:
// PROPOSE talks, held by the speaker or the plan's authors; a status set aside for talks of its own with its land
// named is a proposal on that land (candidate/deferred-question, content/deferred-question). A refusal ("would not be
// discussed"), terms ("could only be discussed by the presidents"), a ratification ("decided by Armenians in a
// referendum") and an agenda ("would be discussed at the meeting on Friday") are no such proposal. Sentences written
// for these tests, on other disputes than the corpora's (one territory case on a Russian region, whose places the
// lexicon knows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a question left to later talks proposes the format', [
  { body: 'The future of northern Kosovo would be left to a meeting between the two presidents, a Serbian negotiator said.', want: ['SRB PROPOSE talks []'] },
  { body: 'Sudan\'s envoy said territorial questions would be discussed at a later stage.', want: ['SDN PROPOSE talks []'] },
  { body: 'Ethiopia\'s foreign minister said questions of the border would be left for the leaders\' summit.', want: ['ETH PROPOSE talks []'] },
  { body: 'The question of the disputed villages was to be settled in bilateral talks, according to the Armenian draft.', want: ['ARM PROPOSE talks []'] },
  { body: 'Pashinyan said the questions of the border had been "put in brackets" for a meeting of the two leaders.', want: ['ARM PROPOSE talks []'] },
  { body: 'Aliyev said the fate of the enclaves would be discussed separately by the two presidents.', want: ['AZE PROPOSE talks []'] },
]);

// (A question left or settled "between" two leaders names who settle it; the differences left are a question too.)
claimCases('a question left between two leaders, or differences left to them: the format', [
  { body: 'Pashinyan said the status of the enclaves would be left between him and Aliyev.', want: ['ARM PROPOSE talks []'] },
  { body: 'Kurti said questions of the border would be left "between me and Vucic".', want: ['XKX PROPOSE talks []'] },
  { body: 'Aliyev said the question of the corridor would be discussed between Baku and Yerevan.', want: ['AZE PROPOSE talks []'] },
  { body: 'An Ethiopian negotiator said the remaining differences would be settled by the two leaders.', want: ['ETH PROPOSE talks []'] },
]);

claimCases('a plan\'s deferral is its authors\' proposal', [
  { body: 'Egypt circulated a draft for Sudan on Monday. Under the Egyptian proposal, the status of Abyei would be set aside for consultations over five years.', want: ['EGY PROPOSE talks []'] },
]);

claimCases('a status set aside for talks of its own, its land named: a proposal on the land', [
  { body: 'A Ukrainian negotiator said the status of the Kursk border districts would be the subject of separate bilateral talks over ten years.', want: ['UKR PROPOSE territory [RU-KRS]'] },
]);

// A refusal, terms, a ratification, an agenda, a denied deferral, and "left for" with no talks: the rule reads none.
test('a refusal, terms, a ratification or an agenda is no deferral', () => {
  for (const body of [
    'The status of northern Kosovo would not be discussed at the meeting, Vucic said.',
    'Aliyev said the issue could only be discussed by the two presidents in person.',
    'Pashinyan said the question of the border would be decided by Armenians in a referendum.',
    'The border question would be discussed at the meeting in Geneva on Friday, the ministry said.',
    'Ushakov said the question of a truce would be decided within a comprehensive agreement, not separately.',
    'Witnesses said the wounded soldiers were left for dead near the border villages.',
    'Kenya said the talks would be left to the mediators.',
    'Witnesses said the bodies were left between the two villages.',
  ]) {
    const got = claimsOf(body);
    assert.ok(!got.some((c) => c.rule === 'deferred-question'), `${body}\n${got.map((c) => `${label(c)} ${c.rule}`).join('\n')}`);
  }
});
