// Randomised agreement with the reference scorer: seeded gold/prediction sets with ties,
// competing candidates, optional gold, type lists, odd dates and outlet spellings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHARED, SKIP_SHARED } from '../helpers/paths.js';
import { formatReport, formatReportJson, score, scoreDetails } from '../../src/eval/score.js';
import { prng } from '../../bench/generate.js';

const DOCS = ['a', 'b', 'c', 'd'];
const ACTORS = ['RUS', 'UKR', 'usa', 'EU '];
const TYPES = ['DEMAND', 'OFFER', 'PROPOSE', 'ACCEPT', 'REJECT', 'THREATEN', 'offer'];
const ISSUES = ['territory', 'ceasefire', 'talks', 'Sanctions', 'other'];
const REGIONS = ['UA-14', 'UA-09', 'UA-43', 'UA-40', 'ua-23', 'UA-65'];
const DATES: unknown[] = [null, '2025-08-15', '2025-08', '2025', 'unknown', '', { from: '2025-08-01', to: '2025-08-10' }, { from: '2025-07-20' }, { to: '2025-02' }, '2024-02', '2025-08-15T10:00:00Z'];
const OUTLETS = ['The Financial Times', 'financial  times', 'Reuters', 'reuters', 'The BBC', 'BBC News', null];

function claims(r: () => number, n: number, gold: boolean): object[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: object[] = [];
  for (let i = 0; i < n; i++) {
    const regions = REGIONS.filter(() => r() < 0.25);
    const type = gold && r() < 0.3 ? [pick(TYPES), pick(TYPES)] : pick(TYPES);
    const c: Record<string, unknown> = { doc: gold ? pick(DOCS.slice(0, 3)) : pick(DOCS), actor: pick(ACTORS), type, issue: pick(ISSUES), regions };
    if (r() < 0.9) c[!gold && r() < 0.1 ? 'when' : 'date'] = pick(DATES);
    if (r() < 0.8) c.source = { outlet: pick(OUTLETS), ...(r() < 0.4 ? { count: pick([1, 2, 3, '2']) } : {}) };
    if (gold && r() < 0.15) c.optional = true;
    c.quote = `quote ${i} ${'x'.repeat(Math.floor(r() * 120))}`;
    out.push(c);
  }
  return out;
}

describe('score agrees with the reference scorer on random sets', { skip: SKIP_SHARED }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'parley-score-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const cases = Array.from({ length: 12 }, (_, i) => {
    const r = prng(i + 1);
    return { seed: i + 1, gold: claims(r, 10 + Math.floor(r() * 30), true), pred: claims(r, 10 + Math.floor(r() * 30), false) };
  });

  it('the sets exercise strict, lenient-only and party-only matches', () => {
    const reports = cases.map((c) => score(c.gold, c.pred));
    const sum = (f: (x: (typeof reports)[number]) => number) => reports.reduce((s, x) => s + f(x), 0);
    assert.ok(sum((x) => x.strict.tp) >= 10);
    assert.ok(sum((x) => x.lenient.tp - x.strict.tp) > 0);
    assert.ok(sum((x) => x.party_issue.tp - x.lenient.tp) > 0);
    assert.ok(sum((x) => x.optional) > 0);
  });

  for (const { seed, gold, pred } of cases) {
    it(`seed ${seed}`, () => {
      const g = join(tmp, `g${seed}.jsonl`), p = join(tmp, `p${seed}.jsonl`);
      writeFileSync(g, gold.map((x) => JSON.stringify(x)).join('\n') + '\n');
      writeFileSync(p, pred.map((x) => JSON.stringify(x)).join('\n') + '\n');
      const ref = (...flags: string[]) => spawnSync(process.execPath, [join(SHARED, 'tools', 'score.mjs'), '--gold', g, '--pred', p, ...flags], { encoding: 'utf8' });
      const json = ref('--json');
      assert.equal(formatReportJson(score(gold, pred)), json.stdout);
      const verbose = ref('--verbose');
      assert.equal(formatReport(score(gold, pred), { verbose: true, gold, pred }), verbose.stdout);
      assert.equal(scoreDetails(gold, pred).warnings.map((w) => w + '\n').join(''), verbose.stderr);
    });
  }
});
