// `parley extract` end to end through the built CLI (bin/parley.js → dist/): the three formats on the
// golden fixtures, directories, --help of every command, usage errors, and every kind of bad input in
// one batch with good files. Needs `npm run build` (npm test builds first).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, DEV_CORPUS, FIXTURES, ROOT, SHARED, SKIP_SHARED } from '../helpers/paths.js';
import { readArticleString } from '../../src/article/index.js';

const BUILT = existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
const SKIP_BUILD = BUILT ? false : 'skipped: dist/ is missing; run `npm run build` first';
const GOLDEN = join(FIXTURES, 'golden');
const golden = (name: string) => join(GOLDEN, name);
const TXT = '2025-08-alaska-summit.txt';
const HTML = '2025-11-geneva-plan.html';

function parley(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
/** No stack frames ("    at fn (file:1:2)") in the output. */
const noStack = (s: string) => assert.doesNotMatch(s, /^\s+at .+(:\d+:\d+\)?|native)/m, `stack trace in:\n${s}`);

const HEADER = (published: string) => `url: https://example.com/news/1\noutlet: Example Wire\npublished: ${published}\ntitle: A test\n---\n`;
const GOOD_BODY = 'Putin demanded that Ukraine withdraw from the Donetsk region, the Kremlin said.\n';

describe('parley extract: formats', { skip: SKIP_BUILD }, () => {
  test('table: a header, one row per claim and a count', () => {
    const r = parley('extract', golden(TXT));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = lines(r.stdout);
    assert.match(out[0], /^doc\s+actor\s+type\s+issue\s+regions\s+date\s+source\s+quote/);
    const expected = JSON.parse(readFileSync(golden(TXT.replace('.txt', '.claims.json')), 'utf8')) as unknown[];
    assert.match(r.stdout, new RegExp(`^${expected.length} claims\\b`, 'm'));
    assert.match(r.stdout, /2025-08-alaska-summit\s+RUS\s+DEMAND\s+territory\s+UA-14/);
  });

  test('table --debug shows the rule and the span', () => {
    const r = parley('extract', '--debug', golden(TXT));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /cue:|modal-/);
  });

  test('eval: every line parses and has the spec §4 fields; the span slices the raw body to the quote', () => {
    const r = parley('extract', '--format', 'eval', golden(TXT), golden(HTML));
    assert.equal(r.status, 0, r.stderr);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    assert.ok(recs.length > 5);
    const raw = readFileSync(golden(TXT), 'utf8').split('\n---\n').slice(1).join('\n---\n');
    for (const rec of recs) {
      for (const k of ['doc', 'actor', 'type', 'issue', 'regions', 'date', 'source', 'quote', 'span']) assert.ok(k in rec, `${k} missing in ${JSON.stringify(rec)}`);
      assert.match(rec.actor, /^[A-Z]{2,3}$/);
      assert.ok(['DEMAND', 'OFFER', 'PROPOSE', 'ACCEPT', 'REJECT', 'THREATEN'].includes(rec.type));
      assert.ok(Array.isArray(rec.regions));
      assert.ok(rec.date === null || typeof rec.date === 'string' || (typeof rec.date.from === 'string' && typeof rec.date.to === 'string'));
      assert.ok('outlet' in rec.source);
      if ('count' in rec.source) assert.ok(Number.isInteger(rec.source.count) && rec.source.count > 0);
      assert.ok(Array.isArray(rec.span) && rec.span.length === 2 && rec.span[0] < rec.span[1]);
      assert.ok(['2025-08-alaska-summit', '2025-11-geneva-plan'].includes(rec.doc));
      if (rec.doc === '2025-08-alaska-summit') assert.equal(raw.slice(rec.span[0], rec.span[1]), rec.quote);
    }
    assert.ok(recs.some((x) => x.doc === '2025-11-geneva-plan' && x.source.outlet === 'Bloomberg'));
    assert.ok(recs.some((x) => x.source.count === 4));
    assert.ok(recs.some((x) => Array.isArray(x.conditions) && x.conditions.length));
  });

  test('json: full records with span, rule, conditions, modality and mentions; the span slices the cleaned body', () => {
    for (const file of [TXT, HTML]) {
      const r = parley('extract', '--format', 'json', golden(file));
      assert.equal(r.status, 0, r.stderr);
      const [read] = readArticleString(readFileSync(golden(file)), { source: file });
      const body = read.article!.body;
      const recs = lines(r.stdout).map((l) => JSON.parse(l));
      assert.ok(recs.length > 0);
      for (const c of recs) {
        for (const k of ['id', 'span', 'rule', 'conditions', 'modality', 'mentions', 'quote', 'date', 'source']) assert.ok(k in c, `${k} missing`);
        assert.ok(Array.isArray(c.conditions));
        assert.ok(['asserted', 'possible', 'conditional', 'reported-past'].includes(c.modality));
        assert.ok(Array.isArray(c.mentions) && c.mentions.length > 0);
        assert.equal(body.slice(c.span[0], c.span[1]), c.quote, `${file} ${c.id}`);
      }
    }
  });
});

describe('parley extract: a directory argument', { skip: SKIP_BUILD }, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-cli-dir-'));
    for (const f of readdirSync(GOLDEN).filter((x) => /\.(txt|html)$/.test(x))) copyFileSync(golden(f), join(dir, f));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'note.txt'), HEADER('2025-08-16') + GOOD_BODY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads every article in the directory', () => {
    const r = parley('extract', '--format', 'eval', dir);
    assert.equal(r.status, 0, r.stderr);
    const docs = new Set(lines(r.stdout).map((l) => JSON.parse(l).doc));
    for (const f of readdirSync(GOLDEN).filter((x) => /\.(txt|html)$/.test(x))) assert.ok(docs.has(f.replace(/\.[^.]+$/, '')), `${f} not read`);
  });
});

describe('parley --help', { skip: SKIP_BUILD }, () => {
  for (const cmd of ['extract', 'eval', 'ingest', 'positions', 'events', 'search', 'export', 'serve']) {
    test(`${cmd} --help prints its usage and exits 0`, () => {
      const r = parley(cmd, '--help');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^usage: parley ${cmd}\\b`));
      assert.equal(r.stderr, '');
    });
  }
  test('parley --help lists the commands', () => {
    const r = parley('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /extract PATH/);
  });
});

describe('parley extract: usage errors', { skip: SKIP_BUILD }, () => {
  const cases: Array<[string, string[]]> = [
    ['an unknown option', ['extract', '--bogus', golden(TXT)]],
    ['an unknown format', ['extract', '--format', 'xml', golden(TXT)]],
    ['no input', ['extract']],
    ['a bad --max-bytes', ['extract', '--max-bytes', 'lots', golden(TXT)]],
  ];
  for (const [what, args] of cases) {
    test(`${what} → exit 2 with one line on stderr`, () => {
      const r = parley(...args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(lines(r.stderr).length, 1, r.stderr);
      assert.match(r.stderr, /^parley extract: /);
      noStack(r.stderr);
    });
  }
  test('an unknown command → exit 2 with one line', () => {
    const r = parley('frobnicate');
    assert.equal(r.status, 2);
    assert.equal(lines(r.stderr).length, 1);
  });
});

describe('parley extract: bad inputs in one batch with good files', { skip: SKIP_BUILD }, () => {
  let dir = '';
  const bad: Record<string, string> = {};
  const warn: Record<string, string> = {};
  const good: string[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-cli-bad-'));
    const put = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };
    // Fatal: the file cannot be used.
    bad.empty = put('empty.txt', '');
    const bin = Buffer.alloc(2048); for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 256;
    bad.binary = put('binary.txt', bin);
    bad.utf8 = put('latin1.txt', Buffer.concat([Buffer.from(HEADER('2025-08-16')), Buffer.from([0x50, 0x75, 0x74, 0x69, 0x6e, 0x20, 0xe9, 0xff, 0xfe, 0x2e, 0x0a])]));
    bad.large = put('large.txt', HEADER('2025-08-16') + GOOD_BODY.repeat(2000));
    bad.noSeparator = put('no-separator.txt', 'url: https://example.com/a\noutlet: Example Wire\npublished: 2025-08-16\ntitle: A test\n' + GOOD_BODY);
    // Warnings: the file is used, with one line saying what is odd.
    warn.impossibleDate = put('impossible-date.txt', HEADER('2025-02-30') + GOOD_BODY);
    warn.unknownDate = put('unknown-date.txt', HEADER('unknown') + GOOD_BODY);
    warn.hostile = put('hostile.html', '<!doctype html><html><head><meta property="article:published_time" content="2025-08-16"><meta property="og:site_name" content="Example Wire">'
      + '<script>while(true){}</script></head><body>' + '<div>'.repeat(10_000)
      + '<p>Putin demanded that Ukraine withdraw from the Donetsk region, the Kremlin said.</p><script>document.body.innerHTML=""</script>'
      + '</div>'.repeat(10_000) + '</body></html>');
    // Good files and pathological text that must simply finish.
    good.push(put('good-1.txt', HEADER('2025-08-16') + GOOD_BODY));
    good.push(put('good-2.txt', HEADER('2025-08-16') + 'Zelensky said Ukraine would not give up Zaporizhzhia.\n'));
    put('pathological.txt', HEADER('2025-08-16') + '(((((('.repeat(350_000) + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('each bad file gets exactly one line naming it; good files still give claims; exit 1', () => {
    const r = parley('extract', '--format', 'eval', '--max-bytes', String(64 * 1024), dir);
    assert.equal(r.status, 1, r.stderr);
    noStack(r.stderr);
    noStack(r.stdout);
    const err = lines(r.stderr);
    for (const [what, path] of Object.entries(bad)) {
      const mine = err.filter((l) => l.startsWith(`${path}:`));
      assert.equal(mine.length, 1, `${what}: ${JSON.stringify(mine)}`);
      assert.match(mine[0], /: error: /, what);
    }
    // The pathological text is over 64 KiB here: refused like any large file.
    assert.equal(err.filter((l) => l.includes('pathological.txt')).length, 1);
    const docs = lines(r.stdout).map((l) => JSON.parse(l).doc);
    for (const g of ['good-1', 'good-2']) assert.ok(docs.includes(g), `${g} gave no claim`);
    // Every stderr line names a file of the batch.
    for (const l of err) assert.ok(l.startsWith(dir), l);
  });

  test('messages say what is wrong', () => {
    const r = parley('extract', '--max-bytes', String(64 * 1024), bad.empty, bad.binary, bad.utf8, bad.large, bad.noSeparator);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /empty\.txt: error: .*empty/);
    assert.match(r.stderr, /binary\.txt: error: .*binary/);
    assert.match(r.stderr, /latin1\.txt: error: .*UTF-8/);
    assert.match(r.stderr, /large\.txt: error: .*larger than/);
    assert.match(r.stderr, /no-separator\.txt: error: .*(---|header)/);
  });

  test('warnings only (impossible date, unknown date, hostile HTML): one line each, claims still found, exit 0', () => {
    const r = parley('extract', '--format', 'eval', ...Object.values(warn), ...good);
    assert.equal(r.status, 0, r.stderr);
    noStack(r.stderr);
    const err = lines(r.stderr);
    for (const [what, path] of Object.entries(warn)) {
      const mine = err.filter((l) => l.startsWith(`${path}:`));
      assert.equal(mine.length, 1, `${what}: ${JSON.stringify(mine)}`);
      assert.match(mine[0], /: warning: /);
    }
    assert.match(r.stderr, /impossible-date\.txt: warning: .*2025-02-30/);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    for (const doc of ['impossible-date', 'unknown-date', 'hostile', 'good-1', 'good-2']) assert.ok(recs.some((x) => x.doc === doc), `${doc} gave no claim`);
    // With no usable publication date there is no default window (spec rule 11).
    assert.equal(recs.find((x) => x.doc === 'unknown-date').date, null);
    assert.equal(recs.find((x) => x.doc === 'impossible-date').date, null);
    // Script text never reaches the body.
    assert.ok(!recs.some((x) => /while\(true\)|innerHTML/.test(x.quote)));
  });

  test('2 MB of "((((((" on one line: extraction finishes with no claim and no error', () => {
    const r = parley('extract', '--format', 'eval', join(dir, 'pathological.txt'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    noStack(r.stderr);
  });
});

// A regression floor a little under the measured score (the reference scorer's strict F1 on the 47
// dev articles); raise it as the rules improve. The measured figures are in the README.
const DEV_F1_FLOOR = 0.64;

describe('parley extract on the shared dev corpus', { skip: SKIP_BUILD || SKIP_SHARED }, () => {
  test(`strict F1 ≥ ${DEV_F1_FLOOR} by the reference scorer`, () => {
    const r = parley('extract', join(DEV_CORPUS, 'articles'), '--format', 'eval');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    noStack(r.stderr);
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-dev-'));
    try {
      const pred = join(dir, 'pred.jsonl');
      writeFileSync(pred, r.stdout);
      const s = spawnSync(process.execPath, [join(SHARED, 'tools', 'score.mjs'), '--gold', join(DEV_CORPUS, 'gold.jsonl'), '--pred', pred, '--json'], { encoding: 'utf8' });
      assert.equal(s.status, 0, s.stderr);
      const score = JSON.parse(s.stdout);
      assert.ok(score.strict.f1 >= DEV_F1_FLOOR, `strict F1 ${score.strict.f1.toFixed(3)} < ${DEV_F1_FLOOR}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
