// A fronted condition of non-compliance ends where the main clause's subject begins even with no comma, when that
// subject is a nominative pronoun right before a modal ("that if Russia broke them he would ask Trump for more
// sanctions", claim/condition-pronoun-subject), and is read across a reporting aside ("If Russia broke the deal,
// Zelensky said, he would ask …", candidate/refusal-consequence): the step under it is held over the other party, a
// threat. A pronoun coordinated into the condition's subject ("If Armenia and I cannot reach a deal") stays in it.
// Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a request for penalties under the other side\'s breach is a threat', () => {
  assertIncludes([
    ['Pashinyan said that if Azerbaijan broke the truce he would ask France for more sanctions on Baku.', 'ARM THREATEN sanctions []'],
    ['If Eritrea violated the deal, Ethiopian Prime Minister Abiy Ahmed said, he would ask Washington for new sanctions on Asmara.', 'ETH THREATEN sanctions []'],
    ['"If Belgrade rejects the plan we will ask Brussels for sanctions on Serbia," Kurti said.', 'XKX THREATEN sanctions []'],
  ]);
});

test('no threat: a pronoun coordinated into the condition, or a condition that is no breach', () => {
  assertNone([
    'If Armenia and I cannot reach a deal, we will keep talking, Aliyev said.',
    'Pashinyan said that if Azerbaijan signed the treaty he would ask France to host the ceremony.',
    'Pashinyan said that if Azerbaijan and we could not agree he would ask France to host new talks.',
  ], /THREATEN/);
});
