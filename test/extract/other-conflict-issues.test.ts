// Issue words of other conflicts' negotiations (issues.json): the paraphrase battery
// (test/fixtures/paraphrase/battery.jsonl) showed stances dropped as naming no issue, or read as 'other',
// when the issue was a class the Russia-Ukraine wording never needed: weapons tests and troop build-ups
// (military limits), separated families, aid convoys and people other than
// soldiers held by a side (humanitarian), a federal arrangement (governance), a court or an arbitrator
// settling the dispute (talks), a security zone held beyond a line (territory). Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('military limits: weapons tests and build-ups', [
  { body: 'Seoul called on Pyongyang to halt its missile tests.', want: ['KOR DEMAND military_limits []'] },
  { body: 'Pyongyang offered to suspend its missile tests.', want: ['PRK OFFER military_limits []'] },
  { body: 'Baku demanded that Yerevan stop massing troops on the border.', want: ['AZE DEMAND military_limits []'] },
]);

claimCases('humanitarian: separated families, aid convoys, people held', [
  // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
  { body: "Sudan's army agreed to let aid convoys into El Fasher.", want: ['SDN OFFER humanitarian []'] },
  { body: 'Seoul proposed a resumption of family reunions.', want: ['KOR PROPOSE humanitarian []'] },
  { body: 'Belgrade called for the release of two Serbian police officers held in Pristina.', want: ['SRB DEMAND humanitarian []'] },
  { body: 'India wants Pakistan to hand back the captured pilot.', want: ['IND DEMAND humanitarian []'] },
]);

claimCases('governance, talks and territory of other disputes', [
  { body: 'Moldova ruled out a federal arrangement for Transnistria.', want: ['MDA REJECT governance []'] },
  { body: 'Venezuela rejected international arbitration over the Essequibo.', want: ['VEN REJECT talks []'] },
  { body: 'Israel is seeking a security zone inside southern Lebanon.', want: ['ISR DEMAND territory []'] },
]);

test("'the Russian Federation' names no federal arrangement; a donor's humanitarian aid stays no issue", () => {
  const a = claimsOf('Kyiv demanded that the Russian Federation return the deported children.').map(label);
  assert.deepEqual(a, ['UKR DEMAND humanitarian []']);
  assert.deepEqual(claimsOf('Germany pledged more humanitarian aid to Ukraine.').map(label), []);
  assert.deepEqual(claimsOf('Police said the protest in Belgrade was peaceful.').map(label), []);
});
