// "All Ukrainian territory" names the land whole, as only a withdrawal or a claim does (issues.json territory terms):
// "Russian forces must leave all Ukrainian territory" is a demand on territory, although "Ukrainian territory"
// alone is a noise term for where something happens ("strikes on Ukrainian territory"). Sentences written for this
// test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('leaving all Ukrainian territory is territory', [
  { body: 'Sybiha insisted that Russian forces must leave all Ukrainian territory before any summit.', want: ['UKR DEMAND territory []'] },
  { body: 'Zelensky said the Russian army would have to leave all Ukrainian territory first.', want: ['UKR DEMAND territory []'] },
]);

test('where something happens on Ukrainian territory is still no territory', () => {
  const claims = claimsOf('Moscow warned that it would strike Western troops deployed on Ukrainian territory.');
  assert.ok(!claims.some((c) => c.issue === 'territory'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});
