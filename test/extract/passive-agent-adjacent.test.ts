// The agent after "by" holds a passive stance only when nothing but adverbs or a stranded particle stands between
// them (holder/passive-agent): in "called for de-escalation by both sides" the "by" is the noun's agent.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the agent right after a passive stance holds it', () => {
  assertIncludes([
    ['A ceasefire along the border was agreed to by Armenia on Saturday.', 'ARM ACCEPT ceasefire []'],
    ['The plan, which was put forward jointly by Paris and Berlin, foresees a ceasefire.', 'FRA PROPOSE ceasefire []'],
    ['The plan, which was put forward jointly by Paris and Berlin, foresees a ceasefire.', 'DEU PROPOSE ceasefire []'],
  ]);
});

test('a "by" after the stance\'s object names no holder of the stance', () => {
  // (The envoys are no party; "by both sides" is the agent of the de-escalation asked for.)
  assertNone([
    'Armenia and Azerbaijan met in Geneva on Friday. In Yerevan, the African envoys called for de-escalation by both sides.',
    'Eritrea and Ethiopia met in Nairobi on Friday. Afterwards the visiting envoys called for a pullback of troops by both sides.',
  ], ' DEMAND ');
});
