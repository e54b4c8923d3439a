// A quote's speaker is named in the quote's own paragraph (issue 7, holders: speakers across quotes): a quote that
// ends its paragraph is not spoken by the party the next paragraph opens with ('"…before the summer." ¶ The Serbian
// foreign minister spoke to reporters …' gave the Armenian ombudsman's demand to Serbia). Sentences written for
// these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');

test("a quote ending its paragraph keeps its own speaker, not the next paragraph's party", () => {
  for (const [body, want, not] of [
    ['"We have handed the mediators a list of 300 detainees," said Armenia\'s human-rights ombudsman. "We demand a full exchange of prisoners before the summer."\n\nThe Serbian foreign minister spoke to reporters in Belgrade on Monday.', 'ARM humanitarian', 'SRB'],
    ['"We sent the Qatari mediators our answer on Sunday," the Eritrean information minister said. "We are ready to sign a ceasefire tomorrow."\n\nThe Kenyan president told reporters in Nairobi that the talks would resume.', 'ERI ceasefire', 'KEN'],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-10-17' });
    const got = cs.map(label);
    // (The party and issue; the type is another rule's: a non-principal party's call for a humanitarian step proposes it.)
    assert.ok(cs.some((c) => `${c.actor} ${c.issue}` === want), `${body}\n${show(cs)}`);
    assert.ok(!got.some((l) => l.startsWith(`${not} `)), `${body}\n${show(cs)}`);
  }
});
