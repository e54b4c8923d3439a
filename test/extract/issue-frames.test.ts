// Issue frames (issues.json "frames"): a noun of one class near a word of another names the issue when no
// fixed phrase does (issue 7: families, not phrases). Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('military limits: an army noun near a word of limiting', [
  { body: "Moscow demanded that Armenia's military be limited to 20,000 personnel.", want: ['RUS DEMAND military_limits []'] },
  { body: 'The Kremlin insists that the Ukrainian army must be cut by a third.', want: ['RUS DEMAND military_limits []'] },
  { body: 'Serbia rejected any restrictions on the size of its armed forces.', want: ['SRB REJECT military_limits []'] },
  { body: 'Seoul proposed that both armies be reduced along the border.', want: ['KOR PROPOSE military_limits []'] },
]);

claimCases('sanctions: an asset noun near a word of freezing or seizing', [
  { body: "Poland called for Russia's central bank reserves to be seized.", want: ['POL DEMAND sanctions []'] },
  { body: 'Hungary opposed any plan to confiscate the assets held in Brussels.', want: ['HUN REJECT sanctions []'] },
]);

claimCases('plans: authors through "developed by", content under "the proposed terms"', [
  { body: 'The talks centred on a new 12-point peace plan, developed by senior Turkish officials. Under the proposed terms, Armenia would withdraw from the border villages.', want: ['TUR PROPOSE talks []', 'TUR PROPOSE territory []'] },
]);

test('a figurative attack is no strike: no ceasefire issue', () => {
  const claims = claimsOf('Belgium wants its partners to guarantee the funds should the clearing house come under legal attack.');
  assert.ok(!claims.some((c) => c.issue === 'ceasefire'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('a frame stays inside its clause and never overrides a term', () => {
  // "cut" and "military" are in two clauses: no military limits.
  const claims = claimsOf('Kyiv demanded a full ceasefire, and the military said supply lines were cut.');
  assert.ok(!claims.some((c) => c.issue === 'military_limits'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

claimCases('a judgement under a negated passive is no refusal', [
  // The condition is a demand; "cannot be considered truly over" refuses nothing.
  { body: 'Without security guarantees, this war cannot be considered truly over, the Moldovan foreign minister said.', want: ['MDA DEMAND security_guarantees []'] },
  // A refused passive still refuses: "would not be discussed".
  { body: 'The status of Crimea would not be discussed, the Ukrainian foreign minister said.', want: ['UKR REJECT territory [UA-43]'] },
]);

claimCases('a time before the war dates something else: "pre-attack borders" are borders', [
  { body: 'Tbilisi said its conditions for entering peace talks would include a restoration of pre-war borders.', want: ['GEO DEMAND territory []'] },
]);

claimCases('offering to discuss an issue is a stance on that issue, not only on talks', [
  { body: 'Moscow is ready to discuss security guarantees for its neighbour.', want: ['RUS OFFER security_guarantees []'] },
  { body: 'Baku signaled readiness to discuss the withdrawal of its troops from the border.', want: ['AZE OFFER territory []'] },
  // Talking with a party is still a stance on talks.
  { body: 'Erdogan said he was ready to talk to Aliyev at any time.', want: ['TUR OFFER talks []'] },
  // Talks with a party named are talks, whatever they are about.
  { body: 'Speaking in Yerevan, the Russian foreign minister said Moscow was open to talks with Washington on strategic arms control.', want: ['RUS OFFER talks []'] },
]);

claimCases('issue words: a silence regime is a ceasefire; troops monitoring a truce are a guarantee; a ceasefire that dates elections', [
  { body: "Armenia on Sunday proposed a 'silence regime' on the northern border for the duration of the harvest.", want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Moscow rejects any role for troops from NATO states in monitoring a truce, the Russian foreign ministry said.', want: ['RUS REJECT security_guarantees []'] },
  { body: 'Georgia is ready to hold elections within six months of a ceasefire, the president said.', want: ['GEO OFFER governance []'] },
]);

claimCases('talks: hosting the negotiators, working with the envoys', [
  { body: 'Minsk is ready to host the presidents tomorrow if needed, Lukashenko said.', want: ['BLR OFFER talks []'] },
  { body: 'Tokayev said Astana would gladly host the two foreign ministers next week.', want: ['KAZ OFFER talks []'] },
  { body: 'Pashinyan said Armenia was ready to work with the American envoys.', want: ['ARM OFFER talks []'] },
  // hosting or working with anyone else, or an envoy merely present, names no talks
  { body: 'The hotel hosted the ministers for dinner.', want: [] },
  { body: 'Putin demanded the withdrawal of Armenian troops from Syunik. Putin set out his terms to the envoy on Friday.', want: ['RUS DEMAND territory []'] },
]);
