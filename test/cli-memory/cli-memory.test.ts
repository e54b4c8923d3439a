// End-to-end tests of ingest, positions, events, search and export through the real CLI (dist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { tempDir } from '../store/helpers.js';
import { parley } from './helpers.js';

const ARTICLES = join(FIXTURES, 'memory', 'articles');

function setup() {
  const t = tempDir('parley-cli-');
  const r = parley(['ingest', ARTICLES, '--db', 'mem.db'], t.dir);
  return { ...t, first: r };
}

test('ingest: stores the fixture articles, then is idempotent; summary on stderr', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const n = readdirSync(ARTICLES).length;
    assert.match(first.stderr, new RegExp(`ingest: ${n} new, 0 unchanged, 0 updated, 0 failed`));
    assert.equal(first.stdout, '');
    const again = parley(['ingest', ARTICLES, '--db', 'mem.db'], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`ingest: 0 new, ${n} unchanged, 0 updated, 0 failed`));
    const db = new Database(join(dir, 'mem.db'), { readonly: true });
    assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, n);
    assert.ok((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n > 0, 'the extractor found claims');
    db.close();
    // A new extractor version replaces the claims of every article.
    const updated = parley(['ingest', ARTICLES, '--db', 'mem.db'], dir, { PARLEY_EXTRACTOR_VERSION: 'test-rules-2' });
    assert.equal(updated.code, 0, updated.stderr);
    assert.match(updated.stderr, new RegExp(`ingest: 0 new, 0 unchanged, ${n} updated, 0 failed`));
  } finally { cleanup(); }
});

test('ingest: default database ./parley.db; bad inputs are named on stderr, exit 1; usage errors exit 2', () => {
  const { dir, cleanup } = tempDir('parley-cli-');
  try {
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(ARTICLES, 'm01_wire_alaska.txt'), join(dir, 'in', 'good.txt'));
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    const r = parley(['ingest', 'in', 'missing.txt'], dir);
    assert.equal(r.code, 1);
    assert.ok(existsSync(join(dir, 'parley.db')));
    assert.match(r.stderr, /empty\.txt/);
    assert.match(r.stderr, /binary\.txt/);
    assert.match(r.stderr, /missing\.txt/);
    assert.match(r.stderr, /ingest: 1 new, 0 unchanged, 0 updated, 3 failed/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack traces');
    assert.equal(parley(['ingest'], dir).code, 2);
    assert.equal(parley(['ingest', 'in', '--max-bytes', 'lots'], dir).code, 2);
    assert.equal(parley(['ingest', 'in', '--bogus'], dir).code, 2);
    const small = parley(['ingest', 'in', '--db', 'small.db', '--max-bytes', '100'], dir);
    assert.equal(small.code, 1);
    assert.match(small.stderr, /good\.txt: .*larger than the limit/);
  } finally { cleanup(); }
});

test('ingest: unreachable URLs and feeds fail with one clear line each', () => {
  const { dir, cleanup } = tempDir('parley-cli-');
  try {
    const r = parley(['ingest', 'http://127.0.0.1:9/article', 'https://parley-test.invalid/feed.xml', '--db', 'u.db', '--timeout', '5'], dir);
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('http://127.0.0.1:9/article: ') && /refused|offline|unreachable|fetched/.test(l)), r.stderr);
    assert.ok(lines.some((l) => l.startsWith('https://parley-test.invalid/feed.xml: ') && /host not found|offline|fetched/.test(l)), r.stderr);
    assert.match(r.stderr, /0 new, 0 unchanged, 0 updated, 2 failed/);
  } finally { cleanup(); }
});

test('query commands refuse a missing database and bad options', () => {
  const { dir, cleanup } = tempDir('parley-cli-');
  try {
    for (const cmd of [['positions'], ['events'], ['search', 'x'], ['export']]) {
      const r = parley([...cmd, '--db', 'none.db'], dir);
      assert.equal(r.code, 1, cmd.join(' '));
      assert.match(r.stderr, /no database at none\.db/);
      assert.ok(!existsSync(join(dir, 'none.db')));
    }
    writeFileSync(join(dir, 'x.db'), 'not sqlite at all, just text\n'.repeat(100));
    const bad = parley(['events', '--db', 'x.db'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /not a Parley database/);
  } finally { cleanup(); }
});

test('events: reports of one statement are one event with independent outlets counted', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const r = parley(['events', '--db', 'mem.db', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const { events } = JSON.parse(r.stdout) as { events: Array<{ id: string; actor: string; type: string; issue: string; regions: string[]; outlets: number; reports: Array<{ doc: string; credited: boolean; outlet: string }> }> };
    assert.ok(events.length > 0);
    for (const e of events) {
      assert.match(e.id, /^E[0-9a-f]{10}$/);
      assert.ok(e.reports.length >= 1);
      assert.ok(e.outlets >= 1 && e.outlets <= e.reports.length);
    }
    // Whatever the extractor makes of each fixture, a statement reported by the wire copy and its
    // republication (near-duplicates) must land in one event that counts them once.
    const wire = events.filter((e) => e.reports.some((x) => x.doc === 'm01_wire_alaska') && e.reports.some((x) => x.doc === 'm02_wire_alaska_copy'));
    assert.ok(wire.length > 0, 'the wire copy and its republication share events');
    for (const e of wire) {
      const docs = new Set(e.reports.map((x) => x.doc));
      const others = [...docs].filter((d) => d !== 'm01_wire_alaska' && d !== 'm02_wire_alaska_copy').length;
      assert.ok(e.outlets <= 1 + others, `event ${e.id}: near-duplicate copies count once`);
    }
    const table = parley(['events', '--db', 'mem.db', '--actor', 'rus'], dir);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /^id\s+date\s+actor\s+type/);
    for (const args of [['--region', 'UA-14'], ['--type', 'DEMAND'], ['--issue', 'territory'], ['--outlet', 'financial'], ['--from', '2025-08', '--to', '2025-08-31']]) {
      const f = parley(['events', '--db', 'mem.db', '--format', 'json', ...args], dir);
      assert.equal(f.code, 0, args.join(' '));
      assert.ok(Array.isArray(JSON.parse(f.stdout).events));
    }
    assert.equal(parley(['events', '--db', 'mem.db', '--from', 'yesterday'], dir).code, 2);
    assert.equal(parley(['events', '--db', 'mem.db', '--format', 'xml'], dir).code, 2);
    // An unknown region is a usage error naming the problem, as in the API (issue 9, item 5).
    const none = parley(['events', '--db', 'mem.db', '--format', 'json', '--region', 'XX-99'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--region: unknown region code 'XX-99'/);
  } finally { cleanup(); }
});

test('positions: JSON shape, table, and --from/--to comparisons', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const r = parley(['positions', '--db', 'mem.db', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const { positions } = JSON.parse(r.stdout);
    assert.ok(Array.isArray(positions) && positions.length > 0);
    for (const p of positions) {
      assert.equal(typeof p.actor, 'string');
      assert.equal(typeof p.issue, 'string');
      let prev = '';
      for (const s of p.steps) {
        const base = ['change', 'date', 'events', 'evidence', 'implied', 'outlets', 'regions', 'types'];
        assert.deepEqual(Object.keys(s).sort(), (p.issue === 'territory' ? [...base, 'claims_km2', 'concedes_km2', 'stances', 'stated'] : base).sort());
        assert.ok(s.date >= prev, 'steps ordered by date');
        prev = s.date;
        assert.ok(s.change === null || ['tougher', 'softer', 'reframed', 'unchanged'].includes(s.change.label));
        if (s.change) assert.match(s.change.text, /^(tougher|softer|reframed|unchanged)/);
        if (p.issue === 'territory') for (const st of s.stances) assert.equal(typeof st.name, 'string');
      }
    }
    const rus = parley(['positions', '--db', 'mem.db', '--actor', 'RUS', '--issue', 'territory', '--format', 'json'], dir);
    const rp = JSON.parse(rus.stdout).positions;
    assert.ok(rp.every((p: { actor: string; issue: string }) => p.actor === 'RUS' && p.issue === 'territory'));
    const cmp = parley(['positions', '--db', 'mem.db', '--actor', 'RUS', '--issue', 'territory', '--from', '2025-04-30', '--to', '2025-08-31', '--format', 'json'], dir);
    assert.equal(cmp.code, 0, cmp.stderr);
    const c = JSON.parse(cmp.stdout);
    assert.ok('from' in c && 'to' in c && 'change' in c);
    assert.ok(c.change === null || ['tougher', 'softer', 'reframed', 'unchanged'].includes(c.change.label));
    const t = parley(['positions', '--db', 'mem.db', '--actor', 'RUS', '--from', '2025-04-30', '--to', '2025-10-31'], dir);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /change: /);
    assert.match(t.stdout, /Donetsk \(UA-14\)/, 'regions by name with their code');
    const story = parley(['positions', '--db', 'mem.db', '--actor', 'RUS', '--issue', 'territory', '--explain'], dir);
    assert.equal(story.code, 0, story.stderr);
    assert.match(story.stdout, /^  1\. \d{4}-\d{2}-\d{2}.*first states territory/m);
    assert.match(story.stdout, /^  2\. \d{4}-\d{2}-\d{2}.*: (tougher|softer|reframed|unchanged)/m);
    const byName = parley(['events', '--db', 'mem.db', '--region', 'Donetsk', '--format', 'json'], dir);
    const byCode = parley(['events', '--db', 'mem.db', '--region', 'UA-14', '--format', 'json'], dir);
    assert.equal(byName.code, 0, byName.stderr);
    assert.deepEqual(JSON.parse(byName.stdout).events.map((e: { id: string }) => e.id), JSON.parse(byCode.stdout).events.map((e: { id: string }) => e.id));
    assert.equal(parley(['events', '--db', 'mem.db', '--region', 'Atlantis'], dir).code, 2);
    assert.equal(parley(['positions', '--db', 'mem.db', '--from', '2025-04-30', '--to', '2025-10-31'], dir).code, 2, '--from needs --actor');
    assert.equal(parley(['positions', '--db', 'mem.db', '--actor', 'RUS', '--from', '2025-04-30'], dir).code, 2);
    assert.equal(parley(['positions', '--db', 'mem.db'], dir).code, 0);
  } finally { cleanup(); }
});

test('search: finds articles and claims; hostile query strings never error', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const r = parley(['search', 'thunderstorms', '--db', 'mem.db', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const hits = JSON.parse(r.stdout).hits;
    assert.deepEqual(hits.map((h: { doc: string }) => h.doc), ['m06_unrelated']);
    const alaska = JSON.parse(parley(['search', 'Alaska', '--db', 'mem.db', '--format', 'json'], dir).stdout).hits;
    assert.ok(alaska.length >= 3);
    // One id scheme: a claim hit names the claim as `extract` does ("doc#n").
    const donetsk = JSON.parse(parley(['search', 'Donetsk', '--db', 'mem.db', '--format', 'json'], dir).stdout).hits;
    const claimHits = donetsk.filter((h: { kind: string }) => h.kind === 'claim') as Array<{ doc: string; claim: string }>;
    assert.ok(claimHits.length > 0);
    const extracted = parley(['extract', '--format', 'json', ARTICLES], dir).stdout.trim().split('\n').map((l) => JSON.parse(l).id as string);
    for (const h of claimHits) {
      assert.match(h.claim, new RegExp(`^${h.doc}#\\d+$`));
      assert.ok(extracted.includes(h.claim), `${h.claim} is not an id extract prints`);
    }
    for (const q of ['"', 'AND', 'NEAR(x y', 'a OR', '*', 'title:Putin', "'; DROP TABLE claims; --", '(((', '""""', '^', 'Donetsk"', '-x', '\\', 'x\u0001y']) {
      const h = parley(['search', '--db', 'mem.db', '--', q], dir);
      assert.equal(h.code, 0, `query ${q}: ${h.stderr}`);
      assert.equal(h.stderr, '');
    }
    assert.match(parley(['search', 'zzzzunfindable', '--db', 'mem.db'], dir).stdout, /no matches/);
    assert.equal(parley(['search', '--db', 'mem.db'], dir).code, 2);
  } finally { cleanup(); }
});

test('export: jsonl, csv and PLOVER records', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const db = new Database(join(dir, 'mem.db'), { readonly: true });
    const claims = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    db.close();
    const jsonl = parley(['export', '--db', 'mem.db', '--format', 'jsonl'], dir);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const recs = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, claims);
    for (const r of recs) {
      for (const k of ['id', 'doc', 'actor', 'type', 'issue', 'regions', 'date', 'source', 'quote', 'span', 'article', 'event']) assert.ok(k in r, k);
    }
    const csv = parley(['export', '--db', 'mem.db', '--format', 'csv'], dir);
    assert.equal(csv.code, 0);
    const rows = parseCsv(csv.stdout);
    assert.deepEqual(rows[0].slice(0, 6), ['claim', 'id', 'doc', 'actor', 'type', 'issue']);
    assert.equal(rows.length, claims + 1);
    assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
    assert.deepEqual(rows.slice(1).map((r) => r[rows[0].indexOf('quote')]), recs.map((r) => r.quote));
    const plover = parley(['export', '--db', 'mem.db', '--format', 'plover'], dir);
    assert.equal(plover.code, 0);
    const events = plover.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(events.length, claims);
    for (const e of events) {
      for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_text', 'text', 'text_info', 'cite_info', 'coder']) assert.ok(k in e, k);
      assert.ok(['REQUEST', 'AGREE', 'REJECT', 'THREATEN'].includes(e.event));
      assert.equal(e.coder.name, 'parley');
      assert.ok(Array.isArray(e.actor) && e.actor[0].code);
      assert.ok('url' in e.cite_info && 'publication' in e.cite_info);
      if (e.event === 'REQUEST' && e.parley.issue === 'territory') assert.equal(e.mode, 'yield');
      assert.ok(e.text.length > 0);
    }
    assert.equal(parley(['export', '--db', 'mem.db', '--format', 'xml'], dir).code, 2);
  } finally { cleanup(); }
});

/** RFC 4180 parser for the export test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('relink: a full pass over an incrementally linked database gives the same events; PARLEY_DB names the database', () => {
  const t = tempDir('parley-relink-');
  try {
    const files = readdirSync(ARTICLES).sort();
    // Two ingests, the second linked incrementally on top of the first.
    mkdirSync(join(t.dir, 'one'));
    mkdirSync(join(t.dir, 'two'));
    files.forEach((f, i) => copyFileSync(join(ARTICLES, f), join(t.dir, i % 2 ? 'two' : 'one', f)));
    assert.equal(parley(['ingest', 'one'], t.dir, { PARLEY_DB: 'env.db' }).code, 0);
    const second = parley(['ingest', 'two'], t.dir, { PARLEY_DB: 'env.db' });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /linked incrementally/);
    assert.ok(existsSync(join(t.dir, 'env.db')) && !existsSync(join(t.dir, 'parley.db')));
    const before = parley(['events', '--format', 'json', '--db', 'env.db'], t.dir);
    const r = parley(['relink', '--db', 'env.db'], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^relink: \d+ events/);
    const after = parley(['events', '--format', 'json', '--db', 'env.db'], t.dir);
    assert.match(before.stdout, /"E[0-9a-f]{10}"/);
    assert.deepEqual(JSON.parse(after.stdout), JSON.parse(before.stdout));
    const missing = parley(['relink', '--db', 'nope.db'], t.dir);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no database at nope\.db/);
  } finally { t.cleanup(); }
});

test('filters: codes in any case and region names work as the codes; nonsense is a usage error naming the nearest values', () => {
  const { dir, cleanup, first } = setup();
  try {
    assert.equal(first.code, 0, first.stderr);
    const run = (args: string[]) => parley([...args, '--db', 'mem.db'], dir);
    const rus = run(['positions', '--actor', 'RUS', '--issue', 'territory']);
    assert.equal(rus.code, 0, rus.stderr);
    assert.match(rus.stdout, /RUS territory/);
    for (const args of [['--actor', 'rus', '--issue', 'Territory'], ['--actor', 'Russia', '--issue', 'TERRITORY']]) {
      const r = run(['positions', ...args]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, rus.stdout, args.join(' '));
    }
    const byCode = run(['events', '--region', 'UA-14', '--format', 'json']);
    assert.ok(JSON.parse(byCode.stdout).events.length > 0);
    for (const region of ['Donetsk', 'ua-14', 'donetsk']) assert.equal(run(['events', '--region', region, '--format', 'json']).stdout, byCode.stdout, region);
    const cases: Array<[string[], RegExp]> = [
      [['positions', '--actor', 'XYZ'], /^parley positions: --actor: unknown actor 'XYZ'/],
      [['positions', '--actor', 'RUSS'], /did you mean RUS\b/],
      [['positions', '--issue', 'teritory'], /--issue: unknown issue 'teritory'; did you mean territory/],
      [['events', '--region', 'Donetks'], /--region: 'Donetks' is neither a region name nor an ISO 3166-2 code such as UA-14; did you mean UA-14 \(Donetsk\)/],
      [['events', '--from', '2025-13-01'], /--from: '2025-13-01' has no month 13/],
      [['events', '--type', 'DEMANDS'], /did you mean DEMAND\b/],
      [['events', '--from', '2025-10-01', '--to', '2025-01-01'], /--from \(2025-10-01\) is after --to/],
      [['export', '--actor', 'XYZ'], /unknown actor 'XYZ'/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  } finally { cleanup(); }
});
