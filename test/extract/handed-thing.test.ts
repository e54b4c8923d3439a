// Handing over a thing is no cession of land (content/handed-thing): "will hand over four mobile hospital cubes"
// offers aid, "the memorandum, handed over on June 2" names a document; "hand over" stays territory when land, a
// place, a pronoun or nothing is handed over. Sentences written for this test (prec20), with parties other than the
// Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

// A thing handed over: no territory claim.
const NONE: Array<{ body: string; none: string }> = [
  { body: 'India will hand over four BHISHM mobile hospital cubes to Ukraine.', none: 'IND OFFER territory []' },
  { body: 'Turkey will hand over two field hospitals to Sudan.', none: 'TUR OFFER territory []' },
  { body: "Russia's memorandum, handed over on June 2, demands that Ukraine withdraw its troops from the Donetsk region.", none: 'RUS PROPOSE territory []' },
];

// Land handed over, or refused: still territory.
const KEEP: Array<{ body: string; want: string }> = [
  { body: "Russia's memorandum, handed over on June 2, demands that Ukraine withdraw its troops from the Donetsk region.", want: 'RUS DEMAND territory [UA-14]' },
  { body: 'Armenia will never hand over the villages it controls.', want: 'ARM REJECT territory []' },
  { body: 'Azerbaijan demanded that Armenia hand over the rest of Syunik.', want: 'AZE DEMAND territory []' },
  { body: 'Pristina refused to hand over anything.', want: 'XKX REJECT territory []' },
  // (A road, corridor or route handed over is control of land: plan-lists' "hand over the Lachin road".)
  { body: 'Baku demanded that Yerevan hand over the Zangezur road.', want: 'AZE DEMAND territory []' },
  { body: 'Belgrade said it would never hand over the northern highways to Pristina.', want: 'SRB REJECT territory []' },
  { body: 'Israel will not hand over control of the crossing.', want: 'ISR REJECT territory []' },
  { body: 'Not a single metre of Syunik would be handed over, Pashinyan said.', want: 'ARM REJECT territory []' },
  { body: 'Kosovo will not hand over the north to Serbia.', want: 'XKX REJECT territory []' },
  { body: 'Kurti said he has no mandate to hand over the northern municipalities.', want: 'XKX REJECT territory []' },
  { body: 'Russia would hand over 6,000 bodies of Ukrainian soldiers.', want: 'RUS OFFER humanitarian []' },
];

for (const c of NONE) {
  test(`handed thing, none: ${c.body} ↛ ${c.none}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}

for (const c of KEEP) {
  test(`handed land: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
  });
}
