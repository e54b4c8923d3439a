// A second verb joined by "and" under the same affirmative modal is an offer of its own (candidate/coordinated-modal):
// "would order a ceasefire and begin negotiations". Sentences written for this test, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('a coordinated verb under the modal offers too', [
  // (The first verb a cue of its own: "order a truce" read only the truce.)
  { body: 'Khartoum would order a truce and start talks with the RSF in Jeddah, the minister said.', want: ['SDN OFFER ceasefire []', 'SDN OFFER talks []'] },
  {
    body: 'Aliyev said Baku would release the detainees and withdraw its troops from the border villages.',
    want: ['AZE OFFER humanitarian []', 'AZE OFFER territory []'],
  },
  // (Not under a negated modal, nor after a new clause.)
  { body: 'Baku would not release the detainees and withdraw its troops, Aliyev said.', want: ['AZE REJECT humanitarian []', 'AZE REJECT territory []'] },
  { body: 'Baku would release the detainees, officials said, and Yerevan will withdraw its troops.', want: ['AZE OFFER humanitarian []', 'ARM OFFER territory []'] },
]);

// The condition after coordinated offers qualifies each of them (conditions.ts: stances coordinated by "and").
test('a condition after "X and Y" conditions both offers', () => {
  const claims = claimsOf('Aliyev said Baku would release the detainees and withdraw its troops from the border villages if Yerevan withdrew its forces from Syunik.');
  const offers = claims.filter((c) => c.type === 'OFFER');
  const demand = claims.find((c) => c.type === 'DEMAND');
  assert.equal(offers.length, 2);
  assert.ok(demand, 'the condition is a demand');
  for (const o of offers) assert.deepEqual(o.conditions, [demand!.id], `${o.issue} conditioned`);
});
