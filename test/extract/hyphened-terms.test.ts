// A two-word issue term written as one hyphened compound names the same issue as the spaced term
// (discourse/hyphened-terms): "NATO's mutual-defence clause" is the mutual defence of the security guarantees, not
// NATO membership. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a hyphened two-word term names its issue', [
  { body: 'Italy proposed that NATO\'s mutual-defence clause be extended to Georgia without membership.', want: ['ITA PROPOSE security_guarantees []'] },
  { body: 'Serbia floated a land-swap deal with Kosovo.', want: ['SRB PROPOSE territory []'] },
  { body: 'Armenia rejected the root-causes argument of Baku.', want: ['ARM REJECT governance []'] },
]);

test('a hyphened compound of words that are no two-word term names nothing new', () => {
  // ("long-term" and "cross-border" are no terms: the stance keeps the issue of its own head.)
  const truce = claimsOf('Sudan proposed a long-term truce in Darfur.').map(label);
  assert.ok(truce.includes('SDN PROPOSE ceasefire []'), truce.join('\n'));
  const trade = claimsOf('Kosovo rejected any cross-border trade ban.').map(label);
  assert.ok(trade.includes('XKX REJECT sanctions []'), trade.join('\n'));
});
