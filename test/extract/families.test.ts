// Construction families on sentences written blind to the rules (issue 7): paraphrases of each family
// of constructions that go wrong on unseen news (test/fixtures/constructions/), the sentences of
// ../shared/corpus/challenge.md with their expected claims (test/fixtures/challenge/), PLOVER-style single
// sentences from other conflicts (test/fixtures/plover/), and our blind-annotated real articles of
// ../shared/corpus/raw (test/fixtures/blind-raw/). Floors sit a little under the measured figures: a rule
// change that loses ground shows up here. `node scripts/quality.mjs --list FAMILY` lists the failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCases, runCase, scoreFamilies, scoreStances, type Case } from '../../src/eval/cases.js';
import { readInputs } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';
import { toEvalRecord } from '../../src/eval/record.js';
import { readJsonl, score } from '../../src/eval/score.js';
import { FIXTURES, SHARED } from '../helpers/paths.js';

const load = (rel: string): Case[] => { const p = join(FIXTURES, rel); return parseCases(readFileSync(p, 'utf8'), p); };
const describeCase = (k: Case, r: ReturnType<typeof runCase>) =>
  `${k.id}: ${k.text.replace(/\s+/g, ' ').slice(0, 120)}\n  missed: ${r.missed.map((e) => `${e.actor} ${[e.type].flat().join('|')} ${e.issue}`).join('; ') || '—'}\n  extra: ${r.extra.map((c) => `${c.actor} ${c.type} ${c.issue}`).join('; ') || '—'}`;

test('construction families (290 blind-written cases): at least 140 give exactly their expected claims', () => {
  const cases = load('constructions/cases.jsonl');
  const results = cases.map((k) => runCase(k));
  const { total, families } = scoreFamilies(results);
  assert.ok(total.passed >= 140, `${total.passed}/${total.cases} pass; by family: ${families.map((f) => `${f.family} ${f.passed}/${f.cases}`).join(', ')}`);
  // Every family is exercised, with several paraphrases and at least one near miss.
  for (const f of families) assert.ok(f.cases >= 6, `family ${f.family} has only ${f.cases} cases`);
});

test('construction families: the near misses (sentences that must give no claim) stay quiet', () => {
  const quiet = load('constructions/cases.jsonl').filter((k) => !k.expect.length);
  const loud = quiet.map((k) => [k, runCase(k)] as const).filter(([, r]) => r.claims.length);
  // Measured: 6 of 27 still raise a claim (each a known gap, listed in the message).
  assert.ok(loud.length <= 7, loud.map(([k, r]) => describeCase(k, r)).join('\n'));
});

for (const k of load('challenge/cases.jsonl')) {
  const todo = (k as Case & { todo?: string }).todo;
  test(`challenge.md ${k.id} (${k.family})`, todo ? { todo } : {}, () => {
    const r = runCase(k);
    assert.ok(r.pass, describeCase(k, r));
  });
}

for (const [set, found, alarms] of [['dev', 0.62, 0.1], ['blind', 0.57, 0.08]] as const) {
  test(`PLOVER-style sentences from other conflicts (${set} half): ≥ ${found * 100}% of stances found, ≤ ${alarms * 100}% false alarms`, () => {
    const cases = load(`plover/${set}.jsonl`);
    const st = scoreStances(cases, cases.map((k) => runCase(k)));
    const rate = st.stancesFound / st.stanceSentences, fa = st.falseAlarms / st.quietSentences;
    assert.ok(rate >= found, `stances found ${st.stancesFound}/${st.stanceSentences}`);
    assert.ok(fa <= alarms, `false alarms ${st.falseAlarms}/${st.quietSentences}`);
  });
}

const RAW = join(SHARED, 'corpus', 'raw');
for (const [set, floor] of [['early', 0.39], ['late', 0.39]] as const) {
  test(`blind raw set (${set}, real articles annotated blind to the rules): strict F1 ≥ ${floor}`, { skip: existsSync(RAW) ? false : `${RAW} not found (the shared corpus is not checked out)` }, async () => {
    const gold = readJsonl(join(FIXTURES, 'blind-raw', `gold-${set}.jsonl`));
    const docs = [...new Set(gold.map((g: { doc: string }) => g.doc))];
    const pred: object[] = [];
    for await (const r of readInputs(docs.map((d) => join(RAW, set, `${d}.txt`)))) if (r.article) for (const c of extract(r.article)) pred.push(toEvalRecord(c));
    const report = score(gold, pred) as { strict: { f1: number; precision: number; recall: number } };
    assert.ok(report.strict.f1 >= floor, `strict F1 ${report.strict.f1.toFixed(3)} (P ${report.strict.precision.toFixed(2)} R ${report.strict.recall.toFixed(2)})`);
  });
}
