// The TypeScript scorer must agree with the reference scorer ../shared/tools/score.mjs,
// number for number and line for line. Hand-computed figures keep the test meaningful
// on machines without ../shared.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEV_CORPUS, FIXTURES, SHARED, SKIP_SHARED } from '../helpers/paths.js';
import { formatReport, formatReportJson, parseJsonl, readJsonl, score, scoreDetails } from '../../src/eval/score.js';

const DIR = join(FIXTURES, 'eval');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const fx = (name: string): string => join(DIR, name);

/** Runs the reference scorer; returns its stdout and stderr. */
function reference(gold: string, pred: string, ...flags: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', pred, ...flags], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Pairs of fixtures compared with the reference: [gold, pred].
const PAIRS: Array<[string, string]> = [
  ['gold-basic.jsonl', 'pred-basic.jsonl'],
  ['gold-mixed.jsonl', 'pred-mixed.jsonl'],
  ['gold-basic.jsonl', 'pred-empty.jsonl'],
  ['gold-mixed.jsonl', 'pred-basic.jsonl'], // no shared docs: everything missed, nothing scored
  ['gold-basic.jsonl', 'gold-basic.jsonl'], // gold against itself (gold type lists as predictions)
  ['gold-mixed.jsonl', 'gold-mixed.jsonl'],
];

const close = (actual: number | null, expected: number): void => {
  assert.ok(actual != null && Math.abs(actual - expected) < 1e-12, `expected ${expected}, got ${actual}`);
};

describe('score (hand-computed, no reference needed)', () => {
  const report = score(readJsonl(fx('gold-basic.jsonl')), readJsonl(fx('pred-basic.jsonl')));

  it('counts docs, gold, optional gold and in-scope predictions', () => {
    // d3 is not in the gold and the 'other' claim is out of scope: 7 of 9 predictions count.
    assert.deepEqual([report.docs, report.gold, report.optional, report.predictions], [2, 5, 1, 7]);
  });

  it('strict: multi-type gold matches either type; the optional match is neither TP nor FP', () => {
    assert.deepEqual([report.strict.tp, report.strict.fp, report.strict.fn], [3, 3, 2]);
    close(report.strict.precision, 3 / 6);
    close(report.strict.recall, 3 / 5);
    close(report.strict.f1, 6 / 11);
  });

  it('lenient groups OFFER/PROPOSE/ACCEPT; party_issue ignores the type', () => {
    assert.deepEqual([report.lenient.tp, report.lenient.fp, report.lenient.fn], [4, 2, 1]);
    close(report.lenient.f1, 8 / 11);
    assert.deepEqual([report.party_issue.tp, report.party_issue.fp, report.party_issue.fn], [5, 1, 0]);
    close(report.party_issue.f1, 10 / 11);
  });

  it('attributes: UA-40 counts as UA-43, months and ranges overlap, outlets normalised', () => {
    close(report.attributes.regions_exact, 2 / 3); // the ceasefire claim names only one of two regions
    close(report.attributes.regions_jaccard, 2.5 / 3);
    close(report.attributes.date, 1);
    close(report.attributes.outlet, 1); // "The Financial Times" = "financial  times", "Bloomberg" = "The Bloomberg"
    close(report.attributes.source_count, 1 / 2); // 4 = 4, 3 ≠ 2
  });

  it('per type and per issue', () => {
    assert.deepEqual([report.by_type.DEMAND.tp, report.by_type.DEMAND.fp, report.by_type.DEMAND.fn], [2, 1, 0]);
    assert.deepEqual(Object.keys(report.by_issue).sort(), ['ceasefire', 'security_guarantees', 'talks', 'territory']);
    assert.deepEqual([report.by_issue.ceasefire.tp, report.by_issue.ceasefire.fp, report.by_issue.ceasefire.fn], [1, 1, 1]);
  });

  it('formats the text report', () => {
    const text = formatReport(report);
    assert.match(text, /^docs 2 {2}gold 5 \(\+1 optional\) {2}predictions 7\n/);
    assert.match(text, /\nstrict {7}P 0\.50 {2}R 0\.60 {2}F1 0\.55 {2}\(tp 3 fp 3 fn 2\)\n/);
    assert.match(text, /\nF1 0\.55 \(P 0\.50 R 0\.60\) {2}lenient 0\.73 {2}regions 0\.67 {2}date 1\.00 {2}outlet 1\.00 {2}count 0\.50\n$/);
  });

  it('lists missed gold and extra predictions with --verbose', () => {
    const gold = readJsonl(fx('gold-basic.jsonl')), pred = readJsonl(fx('pred-basic.jsonl'));
    const lines = formatReport(report, { verbose: true, gold, pred }).split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('  missed')), [
      '  missed  d1_alpha UKR REJECT territory [] “Ukraine will not cede territory”',
      '  missed  d2_beta UKR OFFER ceasefire [] “ready to halt strikes on energy”',
    ]);
    assert.equal(lines.filter((l) => l.startsWith('  extra')).length, 3);
  });

  it('reports unknown prediction types as warnings, not errors', () => {
    const d = scoreDetails(readJsonl(fx('gold-mixed.jsonl')), readJsonl(fx('pred-mixed.jsonl')));
    assert.deepEqual(d.warnings, ['warning: prediction with unknown type WARN (doc m1)']);
  });

  it('scores an empty prediction set as zero without dividing by zero', () => {
    const r = score(readJsonl(fx('gold-basic.jsonl')), []);
    assert.deepEqual(r.strict, { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 5 });
    assert.equal(r.attributes.regions_exact, null);
    assert.match(formatReport(r), /regions n\/a {2}date n\/a {2}outlet n\/a {2}count n\/a\n$/);
  });

  it('names the file and line of bad JSON', () => {
    assert.throws(() => readJsonl(fx('bad.jsonl')), (e: Error) => e.message.startsWith(`${fx('bad.jsonl')}:3: bad JSON: `));
    assert.throws(() => readJsonl(fx('missing.jsonl')), (e: Error) => e.message.startsWith(`${fx('missing.jsonl')}: cannot read`));
    assert.deepEqual(parseJsonl('\n  {"a":1}  \r\n\n[2]\n', 'x'), [{ a: 1 }, [2]]);
  });
});

describe('score agrees with the reference scorer', { skip: SKIP_SHARED }, () => {
  for (const [g, p] of PAIRS) {
    const gold = readJsonl(fx(g)), pred = readJsonl(fx(p));
    const report = score(gold, pred);

    it(`--json: ${g} × ${p}`, () => {
      const ref = reference(fx(g), fx(p), '--json');
      assert.equal(ref.status, 0, ref.stderr);
      assert.deepEqual(JSON.parse(JSON.stringify(report)), JSON.parse(ref.stdout));
      assert.equal(formatReportJson(report), ref.stdout);
    });

    it(`text and --verbose: ${g} × ${p}`, () => {
      assert.equal(formatReport(report), reference(fx(g), fx(p)).stdout);
      const ref = reference(fx(g), fx(p), '--verbose');
      assert.equal(formatReport(report, { verbose: true, gold, pred }), ref.stdout);
      assert.equal(scoreDetails(gold, pred).warnings.map((w) => w + '\n').join(''), ref.stderr);
    });
  }

  it('the dev gold scored against itself', () => {
    const g = join(DEV_CORPUS, 'gold.jsonl');
    const gold = readJsonl(g);
    const ref = reference(g, g, '--json');
    assert.deepEqual(JSON.parse(JSON.stringify(score(gold, gold))), JSON.parse(ref.stdout));
    assert.equal(formatReport(score(gold, gold), { verbose: true, gold, pred: gold }), reference(g, g, '--verbose').stdout);
  });

  it('bad JSON is reported in the same words', () => {
    const ref = reference(fx('bad.jsonl'), fx('pred-empty.jsonl'));
    assert.notEqual(ref.status, 0);
    let message = '';
    try { readJsonl(fx('bad.jsonl')); } catch (e) { message = (e as Error).message; }
    assert.ok(message && ref.stderr.includes(message), `${message} not in:\n${ref.stderr}`);
  });
});
