// A phrase of time that opens a stance's content says when, not what is held (content/leading-time-phrase): "the
// monitors Armenia will need after a ceasefire" holds no demand of a ceasefire, "wants after the truce a full
// withdrawal" wants the withdrawal. Sentences written for this test (prec20), with parties other than the
// Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

// The stance the content names past the phrase of time.
const CASES: Array<{ body: string; want: string }> = [
  { body: "Sudan's army wants after the truce a full withdrawal of the RSF from Khartoum.", want: 'SDN DEMAND territory []' },
  { body: 'Baku demanded before any ceasefire the withdrawal of Armenian troops from Syunik.', want: 'AZE DEMAND territory []' },
];

// No stance on what the phrase of time names.
const NONE: Array<{ body: string; none: string }> = [
  { body: 'Turkey is ready to send the monitors that Armenia will need after a ceasefire.', none: 'ARM DEMAND ceasefire []' },
  { body: 'The EU is ready to pay its share of the reconstruction that Gaza will need after a truce.', none: 'EU DEMAND ceasefire []' },
  { body: "Sudan's army wants after the truce a full withdrawal of the RSF from Khartoum.", none: 'SDN DEMAND ceasefire []' },
  // ("throughout" is "during" for the whole span: the talks are when the point was pressed, not what was asked; prec65.)
  { body: 'Khartoum had insisted throughout the talks that port fees at Port Sudan be cut.', none: 'SDN DEMAND talks []' },
  { body: 'Baku had pressed throughout the negotiations for customs duties on Armenian trucks to be lowered.', none: 'AZE PROPOSE talks []' },
  { body: 'Belgrade insisted throughout the meetings that tariffs on Kosovar goods be removed.', none: 'SRB DEMAND talks []' },
];

// Not a phrase of time that opens the content: after the object, or "only after" (a condition).
const KEEP: Array<{ body: string; want: string }> = [
  { body: 'Turkey is ready to send the monitors that Armenia will need after a ceasefire.', want: 'TUR OFFER security_guarantees []' },
  { body: 'Serbia demanded during the talks that Kosovo withdraw its police from the north.', want: 'SRB DEMAND territory []' },
  { body: 'Kosovo rejected the plan after the meeting.', want: 'XKX REJECT talks []' },
  { body: 'Armenia will only negotiate after a ceasefire.', want: 'ARM OFFER talks []' },
  { body: 'Pashinyan insisted throughout the talks on a ceasefire along the border.', want: 'ARM DEMAND ceasefire []' },
];

for (const c of [...CASES, ...KEEP]) {
  test(`leading time phrase: ${c.body} → ${c.want}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), show(claims));
  });
}

for (const c of NONE) {
  test(`leading time phrase, none: ${c.body} ↛ ${c.none}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(!claims.some((x) => label(x) === c.none), show(claims));
  });
}
