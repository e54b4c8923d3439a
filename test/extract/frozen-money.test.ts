// A freeze of a state's money abroad is a sanction, not a ceasefire (issues.json, sanctions frame of asset nouns near a
// verb of freezing or seizing: up to five words apart, and it outranks the freeze of the fighting inside it).
// Sentences written for this test (prec20), with parties other than the Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want: string; none?: string }> = [
  { body: "Any settlement would have to remove all the illegal restrictions, including the freeze on the central bank's reserves, Tehran said.", want: 'IRN DEMAND sanctions []', none: 'IRN PROPOSE ceasefire []' },
  { body: 'Iran called for lifting the freeze on its oil revenues.', want: 'IRN DEMAND sanctions []', none: 'IRN PROPOSE ceasefire []' },
  { body: 'Belarus demanded an end to the freeze on its central bank reserves.', want: 'BLR DEMAND sanctions []' },
  // A freeze of the front stays a ceasefire.
  { body: 'Armenia proposed a freeze of the front line in Syunik.', want: 'ARM PROPOSE ceasefire []' },
];

for (const c of CASES) {
  test(`frozen money: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
    if (c.none) assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
