// Lists spread over two sentences: "Their proposal has ten points. Among them: a de-escalation …, the exchange of
// prisoners …" (candidate/among-list-sentence), "Pakistan's prime minister set out his proposals. They were, in order:
// …" (candidate/own-proposals-list). The sentence before sets out the list and says whose it is; the items after the
// opener are its claims, one per item, held by that party and typed by the list noun (spec rule 8 spirit: the
// holder, type and date spread over the items). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('"Among them:" after a plan lists its items', [
  { body: 'Kenya presented a ten-point plan on Friday. Among its points: a de-escalation on both sides, the opening of negotiations, and the exchange of prisoners of war.', want: ['KEN PROPOSE ceasefire []', 'KEN PROPOSE talks []', 'KEN PROPOSE humanitarian []'] },
  { body: 'Ramaphosa met Zelensky in Kyiv on Friday. His proposal has ten points. Among them: the recognition of the sovereignty of countries, a de-escalation on both sides.', want: ['ZAF PROPOSE ceasefire []'] },
  { body: 'Venezuela\'s foreign minister named what Caracas wants from Guyana. Among the demands: direct talks without the International Court of Justice.', want: ['VEN DEMAND talks []'] },
]);

claimCases('a party\'s own proposals, then a sentence that refers back', [
  { body: 'Egypt\'s foreign minister set out his ideas for Gaza on Monday. They include a six-week truce, the release of hostages and talks in Cairo.', want: ['EGY PROPOSE ceasefire []', 'EGY PROPOSE humanitarian []', 'EGY PROPOSE talks []'] },
  { body: 'Ethiopia\'s prime minister set out his proposals on Monday. Among them: a ceasefire in Tigray.', want: ['ETH PROPOSE ceasefire []'] },
]);

test('no list of positions, or someone else\'s: no items', () => {
  const guests = claimsOf('The Azerbaijani plan drew criticism from 90 states. Among them were India, Brazil and China.').map(label);
  assert.deepEqual(guests, []);
  const answered = claimsOf('Kosovo rejected the Serbian proposals on Monday. They include autonomy for the Serb municipalities and a return of Serbian police.').map(label);
  assert.ok(!answered.some((l) => l.startsWith('XKX PROPOSE') || l.startsWith('XKX DEMAND')), answered.join('\n'));
  const rejected = claimsOf('Armenia rejected the conditions Baku set out on Tuesday. Among them: the removal of the Karabakh claim from its constitution and the dissolution of the Minsk Group.').map(label);
  assert.ok(!rejected.some((l) => l.startsWith('ARM DEMAND') || l.startsWith('ARM PROPOSE')), rejected.join('\n'));
  // (A named state's sovereignty stays recognition: only the general principle names no issue.)
  assert.deepEqual(claimsOf('Russia demands recognition of Russian sovereignty over Crimea.').map(label), ['RUS DEMAND recognition [UA-43]']);
});
