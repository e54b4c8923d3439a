// A stance inside the clause of a verb of belief whose believer is the article's author ("I do not believe …",
// outside quotes, speaking for no party) or an observer noun ("Analysts think …") is a commentator's opinion or
// prediction about the party (spec §1), not the party's stance (trigger/observer-belief). Before it an op-ed's "I do
// not believe Ukrainians will negotiate under a white flag" was Ukraine's offer of talks.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test("the author's or an observer's belief about a party is no stance of the party", () => {
  for (const body of [
    'I do not believe Armenians will negotiate under a white flag.',
    'I think Serbia will never recognise Kosovo.',
    'Analysts believe Serbia will never recognise Kosovo.',
    'I believe Israel is ready to extend the truce in Gaza.',
    'Experts expect Azerbaijan to reject any role for foreign peacekeepers.',
  ]) {
    const { got, why } = labels(body);
    assert.deepEqual(got, [], why);
  }
  // (The proposal a noun names is still its proposer's: only the believed acceptance goes.)
  const { got, why } = labels("Frankly, I don't think Hamas will accept the Egyptian proposal for a truce.");
  assert.ok(!got.some((l) => / ACCEPT /.test(l)) && got.includes('EGY PROPOSE ceasefire []'), why);
});

test("positives that must stay: a quoted speaker's own belief, a party's stance next to a belief", () => {
  for (const [body, want] of [
    ['"I think we will never recognise Kosovo," Vucic said.', 'SRB REJECT recognition []'],
    ['We believe Russia must withdraw, the Armenian foreign minister said.', 'ARM DEMAND territory []'],
    ['I do not believe it will work, but Israel is ready to extend the truce in Gaza.', 'ISR OFFER ceasefire []'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});
