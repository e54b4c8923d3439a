// A document whose authors are named after "advanced by", "floated by", "pushed by", "promoted by" or "initiated by"
// is theirs (discourse/documents byVerbs), like one "drafted by" or "put forward by" them; a later "the draft" or
// "the plan" refers back to it and speaks for them. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

claimCases('a plan advanced, floated or pushed by a party is its proposal, and so is a later reference to it', [
  { body: 'Talks resumed in Brussels after the framework advanced by the European Union in May. The original draft, circulated last week, angered Serbia by proposing that Belgrade recognise Kosovo\'s passports.', want: ['EU PROPOSE recognition []'] },
  { body: 'The plan advanced by Qatar last month was discussed again on Monday. The draft would require Hamas to release all hostages within six weeks.', want: ['QAT PROPOSE humanitarian []'] },
  { body: 'Diplomats met in Addis Ababa after the proposal pushed by Kenya stalled. The document calls for a ceasefire in the Tigray region.', want: ['KEN PROPOSE ceasefire []'] },
]);

claimCases('no author from a party that is no author, nor from a thing that is no document', [
  { body: 'The plan advanced by the rebels last month was rejected. The draft would require the army to withdraw from the capital.', want: [] },
  { body: 'The offensive initiated by Russia stalled near the river.', want: [] },
]);

test('the lower-case words of a title between "by" and the author\'s name: the author still holds the plan', () => {
  assertIncludes([
    ['The 20-point plan, drafted by special envoy Steve Witkoff, was handed to the Serbian side on Thursday. In its original form, the draft would:\n\n1. have Kosovo join the United Nations;\n2. cap Serbia\'s troops near the border at 2,000.', 'USA PROPOSE military_limits []'],
    ['The ceasefire plan, presented by foreign minister Sergei Lavrov on Monday, would freeze the front in Darfur.', 'RUS PROPOSE ceasefire []'],
  ]);
});
