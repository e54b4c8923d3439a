// content/zone-in-region: a demilitarised zone placed "in" a named region is an arrangement of that land (territory);
// with no region named, around a site, along a line, or a state demilitarised, it stays military_limits.
// (places.json codes regions of Ukraine and Russia only, so the positives name those; the negatives are other disputes.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want: string; none?: string }> = [
  { body: 'Washington has proposed a demilitarised zone under international monitoring in the part of Donetsk still held by Ukraine.', want: 'USA PROPOSE territory [UA-14]', none: 'USA PROPOSE military_limits [UA-14]' },
  { body: 'Kyiv offered to discuss a demilitarized zone in parts of the Zaporizhzhia region.', want: 'UKR OFFER territory [UA-23]', none: 'UKR OFFER military_limits [UA-23]' },
  { body: 'Ankara suggested a demilitarised buffer zone in Kherson, monitored by Turkish observers.', want: 'TUR PROPOSE territory [UA-65]' },
  // Negatives: around a site, a state demilitarised, a zone with no region named.
  { body: 'The IAEA called for a demilitarised zone around the Zaporizhzhia nuclear plant.', want: 'UN PROPOSE military_limits [UA-23]', none: 'UN PROPOSE territory [UA-23]' },
  { body: 'Baku demanded a demilitarised Armenia.', want: 'AZE DEMAND military_limits []' },
  { body: 'Belgrade proposed a demilitarised zone along the administrative line with Kosovo.', want: 'SRB PROPOSE military_limits []', none: 'SRB PROPOSE territory []' },
  { body: 'Cairo proposed a demilitarised buffer zone in northern Gaza.', want: 'EGY PROPOSE military_limits []' },
];

for (const c of CASES) {
  test(`zone in a region: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
    if (c.none) assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
