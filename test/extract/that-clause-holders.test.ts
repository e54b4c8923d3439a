// A deontic in a that-clause is wanted by the subject of the verb the clause completes (issue 7, holders): "Guterres
// agreed that Russian troops should be completely withdrawn" was the Turkish president's, carried from an earlier
// sentence; after a verb of agreeing the holders accept what the clause says (holder/that-clause-subject).
// Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body, { published: '2025-10-17' }); return { got: cs.map(label).sort(), cs }; };

test("a deontic in a that-clause is the governing verb's subject's, accepted after a verb of agreeing", () => {
  for (const [body, want] of [
    ['Erdogan and Macron spoke by phone on Monday. The leaders agreed that the talks on Gaza should resume in Cairo.', ['FRA ACCEPT talks []', 'TUR ACCEPT talks []']],
    ['Guterres agreed that Ethiopian troops should be withdrawn from the border areas of Eritrea.', ['UN ACCEPT territory []']],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
  // Not the party carried from the sentence before.
  const body = 'Egypt proposed a new round of talks on Sunday. Qatar firmly believes that Israel must release the detainees first.';
  const { cs } = labels(body);
  assert.ok(cs.some((c) => c.actor === 'QAT' && c.issue === 'humanitarian') && !cs.some((c) => c.actor === 'EGY' && c.issue === 'humanitarian'), `${body}\n${show(cs)}`);
});

test('a named speaker of the sentence still holds the deontic', () => {
  const body = 'Zelensky told Erdogan on Monday that Russia must withdraw from the Zaporizhzhia plant.';
  const { got, cs } = labels(body);
  assert.ok(got.some((l) => l.startsWith('UKR DEMAND territory')) && !got.some((l) => l.startsWith('TUR ')), `${body}\n${show(cs)}`);
});
