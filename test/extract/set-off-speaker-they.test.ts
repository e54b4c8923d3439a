// A plural speaker set off by a comma before its verb of saying ("…, they said;", "…, the ministers said") speaks the
// clauses after the attribution and the "They said …" that opens the next sentence, not the first clause's subject it
// spoke about (issue 7, holders: a joint statement given to the party it was about; discourse/set-off-speaker-they).
// Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const held = (body: string) => { const cs = claimsOf(body, { published: '2025-05-20' }); return { got: cs.map((c) => `${c.actor} ${c.type} ${c.issue}`).sort(), cs }; };

test('the set-off speakers hold the clause after the attribution and the next sentence\'s "They said"', () => {
  const body = 'In a joint statement on Sunday, Nordic leaders said the border must not be changed by force. Armenia must have security guarantees, they said; no limits should be placed on its army. They said they would keep sanctions on Azerbaijan in place until the troops left.';
  const { got, cs } = held(body);
  assert.ok(got.includes('EUR REJECT military_limits'), `${body}\n${show(cs)}`);
  assert.ok(got.includes('EUR THREATEN sanctions'), `${body}\n${show(cs)}`);
  assert.ok(!got.some((g) => g.startsWith('ARM ')), `${body}\n${show(cs)}`);
});

test('a named plural speaker set off after its article speaks the next sentence\'s "They said" too', () => {
  const body = 'Kosovo must dissolve its special police units in the north, the EU foreign ministers said on Monday; Serbia must not be asked to recognise the referendum. They said they would keep sanctions on Pristina in place until it did.';
  const { got, cs } = held(body);
  assert.ok(got.includes('EU THREATEN sanctions'), `${body}\n${show(cs)}`);
  assert.ok(!got.some((g) => g.startsWith('XKX ') || g.startsWith('SRB ')), `${body}\n${show(cs)}`);
});

test('a singular speaker, a speaker who is no plural, or a "They" in a new paragraph is left to the other readings', () => {
  for (const [body, not] of [
    ['Ethiopia and Eritrea signed the text in Algiers. Eritrea must leave Badme, Ethiopia said. They said they would exchange prisoners within a month.', 'ETH OFFER humanitarian'],
    ['Armenia must have security guarantees, the Nordic leaders said.\n\nArmenia and Azerbaijan met in Abu Dhabi on Friday. They said they would exchange prisoners within a month.', 'EUR OFFER humanitarian'],
  ] as const) {
    const { got, cs } = held(body);
    assert.ok(!got.includes(not), `${body}\n${show(cs)}`);
  }
});
