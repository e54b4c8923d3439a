// content/lacking-document: a generic document refused for what it lacks ("would not sign any treaty without a full
// ceasefire") is the demand of the thing lacked, no refusal of the talks; a deal refused for being made without the
// party ("without us"), or a document refused outright, stays a stance on the talks. Other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want: string; none?: string }> = [
  { body: 'Yerevan would not sign any treaty without a full ceasefire.', want: 'ARM DEMAND ceasefire []', none: 'ARM REJECT talks []' },
  { body: 'Mr Mirzoyan said Yerevan would not sign any treaty without a full ceasefire and the withdrawal of Azerbaijani forces.', want: 'ARM DEMAND ceasefire []', none: 'ARM REJECT talks []' },
  { body: 'Khartoum would not accept any agreement without the release of all detainees.', want: 'SDN DEMAND humanitarian []', none: 'SDN REJECT talks []' },
  // Negatives: made without the party, or refused outright.
  { body: 'Pristina would not recognise any agreement reached without it.', want: 'XKX REJECT talks []' },
  { body: 'Armenia will not sign the peace treaty.', want: 'ARM REJECT talks []' },
];

for (const c of CASES) {
  test(`lacking document: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
    if (c.none) assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
