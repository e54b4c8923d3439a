// content/halt-purpose: the purpose of a halt of the fighting ("a short truce 'to collect bodies'") names no issue of
// its own; the truce stays a ceasefire. Other disputes; negatives keep a humanitarian stance that is no truce's purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want: string; none?: string }> = [
  { body: 'Yerevan would not accept a short truce "to collect bodies," Pashinyan said.', want: 'ARM REJECT ceasefire []', none: 'ARM REJECT humanitarian []' },
  { body: 'Khartoum floated two or three days of silence on some parts of the front, to collect the bodies.', want: 'SDN PROPOSE ceasefire []', none: 'SDN PROPOSE humanitarian []' },
  { body: 'Asmara said a pause to retrieve the dead was meaningless.', want: 'ERI REJECT ceasefire []', none: 'ERI REJECT humanitarian []' },
  // Negatives: the bodies as the stance's own object stay humanitarian.
  { body: 'Israel offered to return the bodies of 15 Palestinians.', want: 'ISR OFFER humanitarian []' },
  { body: 'Israel demanded a truce and the release of all hostages.', want: 'ISR DEMAND humanitarian []' },
];

for (const c of CASES) {
  test(`halt purpose: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
    if (c.none) assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
