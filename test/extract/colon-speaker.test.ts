// A party that heads its sentence as the subject of a clause ending in a colon introduces what follows the colon: a
// deontic there is its demand, though the verb before the colon is no verb of saying ("read them out", "spelled it
// out", "put its terms in public") (holder/colon-speaker). Sentences written for this test, about disputes other than
// the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a party subject before a colon speaks the deontic after it', () => {
  assertIncludes([
    ['Vucic spelled it out in parliament on Tuesday: Kosovo must set up the association of Serb-majority municipalities.', 'SRB DEMAND rights []'],
    ['The Kremlin put its terms in public for the first time: Ukraine should cease military action.', 'RUS DEMAND ceasefire []'],
    ['Aliyev read them out to reporters, almost as a checklist: Armenia must withdraw its troops from the border villages.', 'AZE DEMAND territory []'],
    ['Eritrea laid down its conditions in a letter to the African Union: Ethiopian troops must leave Badme.', 'ERI DEMAND territory []'],
  ]);
});

test('no party heading the clause, or another party before the colon: no speaker', () => {
  assertNone([
    'In a long interview published on Tuesday: Kosovo must set up the association of Serb-majority municipalities.',
    'Reporters asked about the list on Tuesday: Kosovo must set up the association of Serb-majority municipalities.',
  ], /^SRB DEMAND/);
  assertNone([
    'After Vucic met Kurti in Brussels, the talks ended without a date: Kosovo must set up the association of Serb-majority municipalities.',
  ], /^SRB DEMAND rights/);
});

test('a stance of its own before the colon, or a quotation after it: not the colon speaker', () => {
  // (The demands before the colon take the clause after it as their content: one demand, on the constitution.)
  assertNone(['Aliyev on Tuesday set out new demands for a peace treaty: Armenia must change its constitution.'], /^AZE DEMAND talks/);
  assertNone(['The Qatari envoy gave a clear signal: "the Gulf states should call for an immediate ceasefire."'], /^QAT (DEMAND|PROPOSE)/);
});
