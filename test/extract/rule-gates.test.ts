// Rule gates (RuleInfo.needs, extract/rules/gate.ts): a rule whose words are absent from a sentence is skipped there,
// and it still fires where they are present; a gate that is wrong (a match without its words) shows as a difference
// between the extractor's output with the gates and without them, on every test sentence of test/extract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../src/annotate/annotate.js';
import { getIndex } from '../../src/extract/index.js';
import { allRules } from '../../src/extract/rules/registry.js';
import { gateOpen, useGates } from '../../src/extract/rules/gate.js';
import { possibleWithout } from '../../src/extract/possible-without.js';
import { forcesPassive } from '../../src/extract/forces-passive.js';
import { claimsOf, label } from './helpers.js';
import { ROOT } from '../helpers/paths.js';

const docOf = (text: string) => annotate(text, '2025-08-16', getIndex());

test('a gated rule is skipped in a sentence without its words and runs in one with them', () => {
  const doc = docOf('Azerbaijan said a peace treaty was possible without a change to the constitution. Armenia said a treaty was possible.');
  const [withWord, without] = doc.sentences;
  assert.equal(gateOpen(doc, withWord, possibleWithout), true);
  assert.equal(gateOpen(doc, without, possibleWithout), false);
  // (Every entry is needed: a modal and "be" for candidate/forces-passive.)
  const forces = docOf('No Turkish troops would be sent to Karabakh. Turkish troops had been sent there. No troops would go.');
  assert.deepEqual(forces.sentences.map((s) => gateOpen(forces, s, forcesPassive)), [true, false, false]);
  // With the gates off every rule runs everywhere.
  useGates(false);
  try { assert.equal(gateOpen(doc, without, possibleWithout), true); } finally { useGates(true); }
});

test('the gated finder still finds its stance where its words are', () => {
  const claims = claimsOf('Italian Defence Minister Guido Crosetto said Italian soldiers would not be sent to Ukraine.').map(label);
  useGates(false);
  let ungated: string[];
  try { ungated = claimsOf('Italian Defence Minister Guido Crosetto said Italian soldiers would not be sent to Ukraine.').map(label); } finally { useGates(true); }
  assert.ok(claims.length > 0, 'a claim is made');
  assert.deepEqual(claims, ungated);
});

test('every gate names word lists that exist', () => {
  const index = getIndex();
  for (const r of allRules()) {
    for (const n of r.needs ?? []) {
      if (!('list' in n)) continue;
      for (const l of typeof n.list === 'string' ? [n.list] : n.list) assert.doesNotThrow(() => index.words(n.rule ?? r.id, l), `${r.id}: ${l}`);
    }
  }
});

/** The bodies of the test cases of test/extract ({ body: '…' }), as written. */
function testBodies(): string[] {
  const dir = join(ROOT, 'test', 'extract');
  const out: string[] = [];
  const literal = /\bbody: ('(?:[^'\\\n]|\\.)*')/g;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.ts')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(literal)) out.push(new Function(`return ${m[1]};`)() as string);
  }
  return [...new Set(out)];
}

// (About 4,000 short articles read twice: some 20 s of CPU, the price of proving every gate exact.)
test('the extractor makes the same claims with and without the gates on every test sentence of test/extract', () => {
  const bodies = testBodies();
  assert.ok(bodies.length > 1000, `${bodies.length} test bodies read`);
  const run = () => bodies.map((b) => JSON.stringify(claimsOf(b)));
  const gated = run();
  useGates(false);
  let ungated: string[];
  try { ungated = run(); } finally { useGates(true); }
  for (let k = 0; k < bodies.length; k++) assert.equal(gated[k], ungated[k], `gated and ungated differ on: ${bodies[k]}`);
});
