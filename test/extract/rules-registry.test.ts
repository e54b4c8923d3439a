// The rule registry: every decision is a named rule with a reason; every word list in rules.json
// belongs to a registered rule; the trace names the rule that kept, changed or dropped a candidate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, STAGES, type TraceEvent } from '../../src/extract/rules/registry.js';
import { extract } from '../../src/extract/index.js';
import { VOCAB_DATA_DIR } from '../../src/lexicon/vocab.js';
import { makeArticle as article } from './helpers.js';

function traceOf(text: string): { events: TraceEvent[]; claims: ReturnType<typeof extract> } {
  const events: TraceEvent[] = [];
  const claims = extract(article(text), { trace: (e) => events.push(e) });
  return { events, claims };
}

test('every registered rule has an id of its stage, a unique id and a reason', () => {
  // Loading the extractor registers its rules.
  extract(article('Russia demanded that Ukraine withdraw from Donetsk.'));
  const rules = allRules();
  assert.ok(rules.length >= 30, `only ${rules.length} rules registered`);
  for (const r of rules) {
    assert.ok(STAGES.includes(r.stage), r.id);
    assert.ok(r.reason.length > 20, `${r.id} has no real reason`);
  }
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
});

test('every rules.json entry belongs to a registered rule and has a reason', () => {
  extract(article('Russia demanded that Ukraine withdraw from Donetsk.'));
  const ids = new Set(allRules().map((r) => r.id));
  const data = JSON.parse(readFileSync(join(VOCAB_DATA_DIR, 'rules.json'), 'utf8')).rules as Record<string, { reason?: string }>;
  for (const [id, entry] of Object.entries(data)) {
    assert.ok(ids.has(id), `rules.json entry '${id}' has no rule`);
    assert.ok((entry.reason ?? '').length > 10, `rules.json entry '${id}' has no reason`);
  }
});

test('trace: a claim shows its candidate, holder and claim decisions', () => {
  const { events, claims } = traceOf('Moscow demanded that Kyiv withdraw its troops from the Kherson region.');
  assert.equal(claims.length, 1);
  const rules = events.map((e) => `${e.rule} ${e.decision}`);
  assert.ok(rules.includes('candidate/cue found'), rules.join('\n'));
  assert.ok(rules.includes('holder/nearest-subject holder'), rules.join('\n'));
  assert.ok(rules.includes('claim/make claim'), rules.join('\n'));
  assert.equal(events[0].rule, 'sentence');
});

test('trace: a dropped candidate names the rule that dropped it and why', () => {
  const { events, claims } = traceOf('It is not clear whether Moscow is prepared to withdraw from Kharkiv.');
  assert.equal(claims.length, 0);
  const drop = events.find((e) => e.decision === 'drop');
  assert.ok(drop, JSON.stringify(events));
  assert.equal(drop!.rule, 'trigger/blocker');
  assert.match(drop!.detail, /whether/);
});

test('trace off: extraction gives the same claims', () => {
  const text = 'Kyiv rejected the proposal. Moscow would freeze the front line in Zaporizhzhia, the Kremlin said.';
  assert.deepEqual(extract(article(text)), traceOf(text).claims);
});
