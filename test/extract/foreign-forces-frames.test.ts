// Foreign forces named in the singular or with a word between (issues.json security_guarantees frame): "any Western
// soldier in Ukraine would be a legitimate target", "any foreign unit deployed to Ukraine". The phrase terms
// ('foreign soldiers', 'western units') name the common wordings; the frame covers the singular and the words
// between. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a foreign soldier or unit', [
  { body: 'Rome said it would never accept a single foreign soldier on Libyan soil.', want: ['ITA REJECT security_guarantees []'] },
  { body: 'Yerevan would welcome a European unit on the border with Azerbaijan.', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Pristina wants allied peacekeepers to stay in the north.', want: ['XKX DEMAND security_guarantees []'] },
  { body: 'Baku said any Western soldier in Armenia would be a legitimate target.', want: ['AZE THREATEN security_guarantees []'] },
  { body: 'Belgrade said any foreign unit deployed to Kosovo would be considered a legitimate target.', want: ['SRB THREATEN security_guarantees []'] },
]);

test('not troops that were sent, nor a party\'s own troops withdrawn', () => {
  const sent = claimsOf('Kosovo said Serbia sent more troops to the border.').map(label);
  assert.ok(!sent.some((l) => / security_guarantees /.test(l)), sent.join('\n'));
  const own = claimsOf('Armenia demanded that Azerbaijan withdraw its troops from Jermuk.').map(label);
  assert.ok(own.some((l) => / territory /.test(l)) && !own.some((l) => / security_guarantees /.test(l)), own.join('\n'));
  // (Sending weapons is arms, not forces.)
  const arms = claimsOf('Berlin will not send Taurus missiles to Kyiv, Scholz said.').map(label);
  assert.ok(!arms.some((l) => / security_guarantees /.test(l)), arms.join('\n'));
});
