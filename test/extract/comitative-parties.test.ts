// A party joined to the subject between commas by "along with", "together with", "alongside", "as well as",
// "joined by" holds the stance with it (discourse/comitative-parties; spec rule 8: one claim per party).
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a party joined to the subject between commas holds the stance too', [
  { body: 'Turkey, along with Qatar, offered to host the next round of talks.', want: ['TUR OFFER talks []', 'QAT OFFER talks []'] },
  { body: 'Germany, alongside France, rejected the Russian proposal.', want: ['DEU REJECT talks []', 'FRA REJECT talks []', 'RUS PROPOSE talks []'] },
  { body: 'Armenia, joined by France, called for international monitors on the border.', want: ['ARM DEMAND security_guarantees []', 'FRA DEMAND security_guarantees []'] },
  { body: 'Japan, as well as South Korea, urged China to resume talks.', want: ['JPN DEMAND talks []', 'KOR DEMAND talks []'] },
  { body: 'Ethiopia and Eritrea, along with the leaders of Kenya and Djibouti, called for an immediate ceasefire in Sudan.', want: ['ETH DEMAND ceasefire []', 'ERI DEMAND ceasefire []', 'KEN DEMAND ceasefire []', 'DJI DEMAND ceasefire []'] },
]);

test('not an object joined to an object, nor a thing joined to a demand', () => {
  const sanctions = claimsOf('The EU imposed sanctions on Russia, along with Belarus, over the war.').map(label);
  assert.ok(!sanctions.some((l) => l.startsWith('BLR ')), sanctions.join('\n'));
  const serbia = claimsOf('Serbia demanded talks with Kosovo, along with guarantees for the Serb minority.').map(label);
  assert.ok(!serbia.some((l) => l.startsWith('XKX ')), serbia.join('\n'));
  // (No comma after the joined party: "along with" names a companion of the act, not a second holder.)
  const travel = claimsOf('Vucic travelled to Brussels along with Kurti and demanded new talks.').map(label);
  assert.ok(!travel.some((l) => l.startsWith('XKX DEMAND')), travel.join('\n'));
});
