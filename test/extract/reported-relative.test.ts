// A relative clause whose party reports its own stance ("a ceiling Kyiv has said it can live with") is that party's
// stance on the noun before the clause, as when the party is the verb's own subject (content/reported-relative,
// content/relative-antecedent, content/apposition's pro-forms). Sentences written for this test (prec20), with
// parties other than the Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want: string }> = [
  { body: 'The deal caps the Armenian army at 40,000 troops in peacetime, a ceiling Yerevan has said it can live with.', want: 'ARM ACCEPT military_limits []' },
  { body: 'The plan would keep the army of Ukraine at 800,000 in peacetime, a figure Kyiv said it could "live with".', want: 'UKR ACCEPT military_limits []' },
];

// Another party than the pronoun's, or a pronoun read as another party: no stance of the reporting party.
const NONE: Array<{ body: string; none: string }> = [
  { body: 'The draft caps the Armenian army at 40,000 troops in peacetime, a ceiling Yerevan has said Baku can live with.', none: 'ARM ACCEPT military_limits []' },
  { body: 'Baku offered a 30-day truce, an offer Yerevan said it welcomed.', none: 'AZE ACCEPT ceasefire []' },
];

for (const c of CASES) {
  test(`reported relative: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
  });
}

for (const c of NONE) {
  test(`reported relative, none: ${c.body} ↛ ${c.none}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
