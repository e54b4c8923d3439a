// Unnamed sources that another outlet quotes ("According to two people familiar with the talks, quoted by Reuters, …")
// are a different set of sources from the statement the article reports on its own word, so their report of the same
// actor, type and issue is a statement of its own, not merged into it (spec §3 rule 1; merge.ts, document/merge). A
// statement restated with and without a credit, by no unnamed source, stays one. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

test('unnamed sources quoted by another outlet state a claim of their own', () => {
  const cs = claimsOf('Serbian President Aleksandar Vucic said on Friday that Kosovo must withdraw its special police from the north. According to two people familiar with the talks, quoted by Reuters, Belgrade had also insisted that its own units should take over the border crossings.');
  const demands = cs.filter((c) => label(c) === 'SRB DEMAND territory []');
  assert.equal(demands.length, 2, cs.map((c) => `${label(c)} «${c.quote}» ${c.source.outlet}`).join('\n'));
  assert.deepEqual(demands.map((c) => c.source.outlet).sort(), ['Example Wire', 'Reuters']);
});

test('one statement restated with and without a credit stays one claim', () => {
  const cs = claimsOf('Serbia demanded that Kosovo withdraw its police from the north, Reuters reported. Serbia has demanded that Kosovo withdraw its police from the north.');
  assert.equal(cs.filter((c) => label(c) === 'SRB DEMAND territory []').length, 1, cs.map((c) => `${label(c)} «${c.quote}»`).join('\n'));
});
