// A two-issue term ("the new territorial realities": land kept and its recognition, content/two-issue-term) governed by
// a verb of taking account of it names the land kept only (content/realities-accounted); a verb of recognising or
// accepting keeps both issues. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const accounted = [
  'Aliyev said any peace treaty would have to take into account the new territorial realities in the region.',
  'Baku will consider only proposals that reflect the new realities, the foreign ministry said.',
  'Azerbaijan said a settlement must proceed from the new territorial realities.',
];

test('realities taken into account are territory, not recognition', () => {
  assertIncludes([
    [accounted[0], 'AZE DEMAND territory []'],
    [accounted[2], 'AZE DEMAND territory []'],
  ]);
  assertNone(accounted, ' recognition ');
});

test('realities recognised or accepted stay recognition too', () => {
  assertIncludes([
    ['Aliyev said Yerevan must recognise the new territorial realities before any treaty is signed.', 'AZE DEMAND recognition []'],
    ['Belgrade demanded that Pristina accept the new realities on the ground.', 'SRB DEMAND recognition []'],
  ]);
});
