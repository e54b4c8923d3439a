// `parley eval` as a process: same stdout as the reference scorer, exit codes as documented.
// Runs the built CLI (bin/parley.js → dist/); `npm test` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN, DEV_CORPUS, FIXTURES, ROOT, SHARED, SKIP_SHARED } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'eval');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const fx = (name: string): string => join(DIR, name);
const BUILT = existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
const SKIP_BUILD = BUILT ? false : 'skipped: dist/ is missing; run `npm run build` first';

function run(file: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', cwd: ROOT, input, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
const parley = (...args: string[]) => run(BIN, args);
const reference = (...args: string[]) => run(SCORER, args);

describe('parley eval --pred', { skip: SKIP_BUILD }, () => {
  it('prints the hand-checked report', () => {
    const r = parley('eval', '--gold', fx('gold-basic.jsonl'), '--pred', fx('pred-basic.jsonl'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^strict {7}P 0\.50 {2}R 0\.60 {2}F1 0\.55 {2}\(tp 3 fp 3 fn 2\)$/m);
  });

  for (const [g, p] of [['gold-basic.jsonl', 'pred-basic.jsonl'], ['gold-mixed.jsonl', 'pred-mixed.jsonl']]) {
    for (const flags of [[], ['--verbose'], ['--json']]) {
      it(`prints what score.mjs prints: ${g} × ${p} ${flags.join(' ')}`, { skip: SKIP_SHARED }, () => {
        const ours = parley('eval', '--gold', fx(g), '--pred', fx(p), ...flags);
        const ref = reference('--gold', fx(g), '--pred', fx(p), ...flags);
        assert.equal(ours.status, 0, ours.stderr);
        assert.equal(ours.stdout, ref.stdout);
        assert.equal(ours.stderr, ref.stderr); // unknown-type warnings
      });
    }
  }

  it('usage errors exit 2 with one line', () => {
    for (const args of [
      ['eval', '--pred', fx('pred-basic.jsonl')],
      ['eval', '--gold', fx('gold-basic.jsonl')],
      ['eval', '--gold', fx('gold-basic.jsonl'), '--pred', fx('pred-basic.jsonl'), 'articles/'],
      ['eval', '--gold', fx('gold-basic.jsonl'), '--bogus', 'x'],
      ['eval', '--gold', fx('gold-basic.jsonl'), '--max-bytes', 'lots', 'articles/'],
    ]) {
      const r = parley(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    }
  });

  it('an unreadable gold or prediction file exits 1 with one line naming it', () => {
    for (const [gold, pred, name] of [
      [fx('bad.jsonl'), fx('pred-basic.jsonl'), 'bad.jsonl:3: bad JSON'],
      [fx('gold-basic.jsonl'), fx('nope.jsonl'), 'nope.jsonl: cannot read'],
    ]) {
      const r = parley('eval', '--gold', gold, '--pred', pred);
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(r.stderr.includes(name), r.stderr);
      assert.equal(r.stdout, '');
    }
  });

  it('--help prints the usage', () => {
    const r = parley('eval', '--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--gold GOLD\.jsonl/);
  });
});

describe('parley eval on articles', { skip: SKIP_BUILD }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('equals score.mjs on the output of `parley extract --format eval` (dev corpus)', { skip: SKIP_SHARED }, () => {
    const gold = join(DEV_CORPUS, 'gold.jsonl'), articles = join(DEV_CORPUS, 'articles');
    const ours = parley('eval', '--gold', gold, articles, '--json');
    assert.equal(ours.status, 0, ours.stderr);
    const extracted = parley('extract', articles, '--format', 'eval');
    assert.equal(extracted.status, 0, extracted.stderr);
    const pred = join(tmp, 'pred.jsonl');
    writeFileSync(pred, extracted.stdout);
    const ref = reference('--gold', gold, '--pred', pred, '--json');
    assert.deepEqual(JSON.parse(ours.stdout), JSON.parse(ref.stdout));
    assert.ok(JSON.parse(ours.stdout).strict.tp > 0, 'the extractor finds some gold claims');
  });

  it('an unreadable article is named on stderr and makes the exit code 1; the rest is still scored', () => {
    const dir = join(tmp, 'articles');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'good.txt'), 'url: https://example.org/a\noutlet: Example News\npublished: 2025-08-16\ntitle: Talks\n---\nRussia demanded that Ukraine withdraw from Donetsk, the Kremlin said on Friday.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const gold = join(tmp, 'gold.jsonl');
    writeFileSync(gold, JSON.stringify({ doc: 'good', actor: 'RUS', type: 'DEMAND', issue: 'territory', regions: ['UA-14'], date: '2025-08-15' }) + '\n');
    const r = parley('eval', '--gold', gold, dir);
    assert.equal(r.status, 1);
    assert.ok(r.stderr.includes('empty.txt'), r.stderr);
    assert.match(r.stdout, /^docs 1 {2}gold 1 /);
  });
});
