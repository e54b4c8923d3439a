// Bench section "scale" (issue 11): ingest throughput into SQLite (one `parley ingest` process) and
// into PostgreSQL through the queue with 1 and 2 `parley worker` processes, on the same generated
// articles (PARLEY_BENCH_SCALE_ARTICLES, default 20,000); then the time to add 100 new articles to
// a 30,000-article SQLite database (incremental linking), against a full `parley relink`; and the
// server (`parley serve`) at 10,000 and 30,000 articles: start-up time, resident memory, and p95 latency
// of four pages under 16 concurrent connections with the response cache off (bench/serve.ts), on SQLite
// and, after the 2-worker run, on PostgreSQL.
// PostgreSQL figures need a server: PARLEY_BENCH_PG (or PARLEY_TEST_PG) = postgres://… URL; each run
// uses a fresh schema in it, dropped afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BIN, type BenchContext, type Section, type Table } from './common.js';
import { writeBenchArticles } from './ingest.js';
import { measureServe, WARM_WAIT_MS, type ServeFigures } from './serve.js';

const N = Number(process.env.PARLEY_BENCH_SCALE_ARTICLES ?? 20_000);
const BIG = Number(process.env.PARLEY_BENCH_SCALE_BIG ?? 30_000);
const PG_URL = process.env.PARLEY_BENCH_PG ?? process.env.PARLEY_TEST_PG ?? '';
/** A SQLite database built before (e.g. by this section with --keep): only adding 100 articles is measured, on copies of it. */
const GIVEN_DB = process.env.PARLEY_BENCH_SCALE_DB ?? '';
/** Times adding the 100 articles is measured (each on a fresh copy of the database). */
const ADD_RUNS = Math.max(1, Number(process.env.PARLEY_BENCH_SCALE_ADD_RUNS ?? 3));
/** Articles at which the server is measured first (the first part of the SQLite ingest). */
const SMALL = Math.min(N, Number(process.env.PARLEY_BENCH_SCALE_SERVE_SMALL ?? 10_000));
/** The pages whose p95 is measured (issue 11), and the load: connections and requests per page. */
const PAGES = ['/', '/timeline/RUS/territory', '/search?q=Donetsk', '/api/events?actor=RUS'];
const LOAD = { concurrency: 16, requests: Number(process.env.PARLEY_BENCH_SCALE_REQUESTS ?? 400) };
/**
 * The server alone on databases built before (building 30,000 articles takes minutes): comma-separated
 * SQLite files (copied first, and brought to the current schema on the copy) or postgres:// URLs, each
 * measured PARLEY_BENCH_SCALE_SERVE_RUNS times (default 3); the tables give min/median/max over the runs.
 */
const SERVE_ONLY = (process.env.PARLEY_BENCH_SCALE_SERVE_DBS ?? '').split(',').filter(Boolean);
const SERVE_RUNS = Math.max(1, Number(process.env.PARLEY_BENCH_SCALE_SERVE_RUNS ?? 3));

/**
 * CPU time (user + system, ms) of the children this process has waited for, from /proc/self/stat (Linux;
 * null elsewhere): on a shared, loaded machine a child's CPU time says more than its wall-clock time.
 */
function childCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from the state (field 3) here; clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

function cli(args: string[], cwd: string): { ms: number; cpuMs: number | null; code: number | null; stderr: string } {
  const cpu0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu1 = childCpuMs();
  return { ms, cpuMs: cpu0 == null || cpu1 == null ? null : cpu1 - cpu0, code: r.status, stderr: r.stderr };
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(text, values)).rows as T[]; } finally { await c.end(); }
}

/** Enqueues the articles, then times `workers` worker processes until every job is done and linked. */
async function viaQueue(articles: string, workers: number, cwd: string, afterwards?: (url: string) => Promise<void>): Promise<{ seconds: number; articles: number; events: number }> {
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const url = withSchema(PG_URL, schema);
  try {
    const q = cli(['ingest', '--queue', articles, '--db', url], cwd);
    if (q.code !== 0) throw new Error(`enqueue failed: ${q.stderr.trim().split('\n').pop()}`);
    const total = countFiles(articles);
    const t0 = Date.now();
    const procs = Array.from({ length: workers }, () => spawn(process.execPath, [BIN, 'worker', '--db', url, '--quiet'], { cwd, stdio: 'ignore' }));
    const base = PG_URL.replace(/\?.*$/, '');
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      const [done] = await sql<{ n: number }>(base, `SELECT count(*)::int AS n FROM "${schema}_boss".job WHERE name = 'parley-ingest' AND state IN ('completed', 'failed')`);
      if (done.n >= total) {
        const [pending] = await sql<{ n: number }>(base, `SELECT count(*)::int AS n FROM "${schema}".link_pending`);
        if (pending.n === 0) break;
      }
      if (Date.now() - t0 > 3 * 3600_000) throw new Error('gave up after 3 hours');
    }
    const seconds = (Date.now() - t0) / 1000;
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on('exit', r)))));
    const [a] = await sql<{ n: number }>(base, `SELECT count(*)::int AS n FROM "${schema}".articles`);
    const [e] = await sql<{ n: number }>(base, `SELECT count(*)::int AS n FROM "${schema}".events`);
    if (afterwards) await afterwards(url);
    return { seconds, articles: a.n, events: e.n };
  } finally {
    const base = PG_URL.replace(/\?.*$/, '');
    await sql(base, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await sql(base, `DROP SCHEMA IF EXISTS "${schema}_boss" CASCADE`).catch(() => undefined);
  }
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? countFiles(join(dir, d.name)) : 1), 0);
}

/** One row of the server tables. */
interface ServeRow { target: string; articles: number; f: ServeFigures }

/** A figure as soon as it is known (the section takes an hour or more; its tables come at the end). */
const progress = (line: string) => console.log(`scale: ${line} (load ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);

const firstOf = (list: Array<{ path: string; ms: number }>, path: string) => list.find((x) => x.path === path)?.ms ?? NaN;
const serveLine = (r: ServeRow) => `serve on ${r.target} at ${r.articles.toLocaleString('en')} articles: start-up ${r.f.startMs.toFixed(0)} ms, RSS ${r.f.rssStartMb.toFixed(0)} → ${r.f.rssAfterMb.toFixed(0)} MB (peak ${r.f.peakRssMb.toFixed(0)}); ` +
  `first / ${firstOf(r.f.first, '/').toFixed(0)} ms (${firstOf(r.f.firstLater, '/').toFixed(0)} ms later), first ${PAGES[1]} ${firstOf(r.f.first, PAGES[1]).toFixed(0)} ms (${firstOf(r.f.firstLater, PAGES[1]).toFixed(0)} ms later); ` +
  r.f.latency.map((l) => `${l.path} p95 ${l.p95Ms.toFixed(0)} ms`).join(', ');

export const scale: Section = {
  name: 'scale',
  async run(ctx: BenchContext): Promise<Table[]> {
    if (SERVE_ONLY.length) return serveOnly(join(ctx.tmp, 'scale-serve'));
    const dir = join(ctx.tmp, 'scale');
    const first = join(dir, 'first');
    const rest = join(dir, 'rest');
    const added = join(dir, 'added');
    mkdirSync(dir, { recursive: true });
    if (GIVEN_DB) {
      // Only the incremental-linking figures, on copies of a database built before (see measureAdd).
      if (!existsSync(added)) writeBenchArticles(added, 100, 9);
      // Brought to the current schema once, on a copy, so that no run pays for a migration.
      const base = copyDb(GIVEN_DB, join(dir, 'given.db'));
      const articles = await articlesIn(base, true);
      const tables = [measureAdd(base, added, dir, articles)];
      for (const ext of ['', '-wal', '-shm']) rmSync(base + ext, { force: true });
      return tables;
    }
    // Two parts, so that the server can be measured on the first (SMALL articles) on the way.
    if (!existsSync(first)) { writeBenchArticles(join(first, 'a'), SMALL, 7); if (N > SMALL) writeBenchArticles(join(first, 'b'), N - SMALL, 17); }
    const rows: Array<Array<string | number>> = [];
    const notes: string[] = [`${N.toLocaleString('en')} generated articles (~2–3 KB, one or two stances each; a tenth republished copies); wall-clock time until every article is stored and linked`];
    const served: ServeRow[] = [];
    const serve = async (target: string, articles: number, db: string) => {
      const r: ServeRow = { target, articles, f: await measureServe(db, PAGES, LOAD) };
      served.push(r);
      progress(serveLine(r));
    };

    // SQLite: `parley ingest` processes (read → extract → store → link incrementally at the end), in two
    // parts with the server measured between them.
    const db = join(dir, 'scale.db');
    const lite = cli(['ingest', join(first, 'a'), '--db', db], dir);
    if (lite.code !== 0) throw new Error(`sqlite ingest failed: ${lite.stderr.trim().split('\n').pop()}`);
    progress(`SQLite ingest of ${SMALL.toLocaleString('en')} articles: ${(lite.ms / 1000).toFixed(1)} s`);
    await serve('SQLite', SMALL, db);
    let liteMs = lite.ms;
    if (N > SMALL) {
      const second = cli(['ingest', join(first, 'b'), '--db', db], dir);
      if (second.code !== 0) throw new Error(`sqlite ingest failed: ${second.stderr.trim().split('\n').pop()}`);
      liteMs += second.ms;
      progress(`SQLite ingest of ${(N - SMALL).toLocaleString('en')} more: ${(second.ms / 1000).toFixed(1)} s`);
      notes.push(`SQLite: two ingest processes, ${SMALL.toLocaleString('en')} then ${(N - SMALL).toLocaleString('en')} articles (${(lite.ms / 1000).toFixed(1)} s + ${(second.ms / 1000).toFixed(1)} s)`);
    }
    rows.push(['SQLite, parley ingest (1 process at a time)', N, (liteMs / 1000).toFixed(1), (N / (liteMs / 1000)).toFixed(0)]);

    // Grow the SQLite database to BIG articles (the server measured there), then add 100 new ones
    // (incremental), and compare with a full relink.
    if (BIG > N) {
      writeBenchArticles(rest, BIG - N, 8);
      const more = cli(['ingest', rest, '--db', db], dir);
      if (more.code !== 0) throw new Error(`growing the database failed: ${more.stderr.trim().split('\n').pop()}`);
      progress(`SQLite grown to ${BIG.toLocaleString('en')} articles: ${(more.ms / 1000).toFixed(1)} s`);
    }
    await serve('SQLite', Math.max(BIG, N), db);
    writeBenchArticles(added, 100, 9);
    const addTable = measureAdd(db, added, dir, Math.max(BIG, N));
    rmSync(db, { force: true });

    // PostgreSQL last (the longest part): the queue with 1, then 2 worker processes; after the 2-worker
    // run, the server on that database.
    if (PG_URL) {
      for (const workers of [1, 2]) {
        const afterwards = workers === 2 ? (url: string) => serve('PostgreSQL', N, url) : undefined;
        const r = await viaQueue(first, workers, dir, afterwards);
        progress(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}: ${r.articles.toLocaleString('en')} articles in ${r.seconds.toFixed(1)} s`);
        rows.push([`PostgreSQL, queue + ${workers} worker process${workers > 1 ? 'es' : ''}`, r.articles, r.seconds.toFixed(1), (r.articles / r.seconds).toFixed(0)]);
      }
    } else {
      notes.push('PostgreSQL rows skipped: set PARLEY_BENCH_PG to a postgres:// URL (scripts/pg-test-server.sh start prints one)');
    }
    return [{ title: 'Ingest throughput (issue 11)', columns: ['target', 'articles', 'seconds', 'articles/s'], rows, notes }, addTable, ...serveTables(served)];
  },
};

/** A copy of a SQLite database (with its WAL, if any) that runs can change. */
function copyDb(from: string, to: string): string {
  for (const ext of ['', '-wal', '-shm']) rmSync(to + ext, { force: true });
  copyFileSync(from, to);
  if (existsSync(from + '-wal')) copyFileSync(from + '-wal', to + '-wal');
  return to;
}

const spread = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const f = (x: number) => (x / 1000).toFixed(2);
  return `${f(s[0])} / ${f(s[Math.floor((s.length - 1) / 2)])} / ${f(s[s.length - 1])}`;
};

/** Wall and CPU seconds (min / median / max) of some runs. */
const runs = (rs: Array<{ ms: number; cpuMs: number | null }>) =>
  [spread(rs.map((r) => r.ms)), rs.every((r) => r.cpuMs != null) ? spread(rs.map((r) => r.cpuMs!)) : '—'];

/**
 * Adding 100 new articles to the database (incremental linking), ADD_RUNS times, each on a fresh copy;
 * then, on another copy, the same split in two processes (store without linking, then link only: a
 * second ingest of the same files finds them unchanged and links what is pending); and a full relink.
 */
function measureAdd(db: string, added: string, dir: string, articles: number): Table {
  const copy = join(dir, 'add-copy.db');
  const whole: Array<{ ms: number; cpuMs: number | null }> = [];
  const loads: number[] = [];
  let lastLine = '';
  for (let i = 0; i < ADD_RUNS; i++) {
    copyDb(db, copy);
    loads.push(loadavg()[0]);
    const add = cli(['ingest', added, '--db', copy], dir);
    if (add.code !== 0) throw new Error(`adding 100 failed: ${add.stderr.trim().split('\n').pop()}`);
    whole.push(add);
    lastLine = add.stderr.trim().split('\n').pop() ?? '';
    progress(`adding 100 articles (run ${i + 1}): ${(add.ms / 1000).toFixed(2)} s${add.cpuMs == null ? '' : `, CPU ${(add.cpuMs / 1000).toFixed(2)} s`}`);
  }
  copyDb(db, copy);
  const store = cli(['ingest', added, '--db', copy, '--no-link'], dir);
  const linkOnly = cli(['ingest', added, '--db', copy], dir);
  progress(`split: store ${(store.ms / 1000).toFixed(2)} s, link ${(linkOnly.ms / 1000).toFixed(2)} s`);
  copyDb(db, copy);
  // A known actor before 1901: no event is read. (An unknown actor, as here before, makes the command read every
  // event to see whether the data knows it: 1.2 s of CPU at 30,000 articles, not a process that reads nothing.)
  const idle = cli(['events', '--db', copy, '--actor', 'RUS', '--to', '1901'], dir);
  const full = cli(['relink', '--db', copy], dir);
  progress(`full relink: ${(full.ms / 1000).toFixed(2)} s`);
  const size = statSync(db).size;
  for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
  const load = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
  return {
    title: `Adding 100 articles to a ${articles.toLocaleString('en')}-article SQLite database (target < 5 s)`,
    columns: ['step', 'wall s (min / median / max)', 'CPU s (min / median / max)'],
    rows: [
      [`parley ingest of 100 new articles (whole process: start, read, extract, store, link incrementally), ${whole.length} runs`, ...runs(whole)],
      ['  the same, store only (ingest --no-link)', ...runs([store])],
      ['  then link only (a second ingest: articles unchanged, links pending)', ...runs([linkOnly])],
      ['  a process that only opens the database and reads nothing (parley events --actor RUS --to 1901)', ...runs([idle])],
      ['parley relink (every story and event, for comparison)', ...runs([full])],
    ],
    notes: [lastLine, linkOnly.stderr.trim().split('\n').pop() ?? '',
      `database ${(size / 2 ** 20).toFixed(0)} MiB; each run on a fresh copy of it; load average (1 min) ${load(loads)} at the start of the runs; CPU: user + system time of the process`],
  };
}

/** Start-up and memory of `parley serve`, and p95 per page under load, one row per database measured. */
function serveTables(served: ServeRow[]): Table[] {
  const mb = (x: number) => x.toFixed(0);
  const lite = served.filter((r) => r.target === 'SQLite');
  const growth = lite.length >= 2 ? (lite[lite.length - 1].f.rssAfterMb / lite[0].f.rssAfterMb - 1) * 100 : null;
  const notes = [
    'start-up: from spawning `parley serve --db … --port 0` to its listening line; RSS: VmRSS after start, and after every page below was served 60 times (response cache on, as by default); peak: VmHWM',
    'first: the first request of each page right after start (it waits for what the server prepares at start: the positions of the overview and of the map\'s timeline, kept until the data changes); later: the same on another server process, ' + (WARM_WAIT_MS / 1000) + ' s after its start',
  ];
  if (growth !== null) notes.push(`RSS after serving grows ${growth.toFixed(1)}% from ${lite[0].articles.toLocaleString('en')} to ${lite[lite.length - 1].articles.toLocaleString('en')} articles on SQLite (target < 20%)`);
  const tables: Table[] = [{
    title: 'parley serve: start-up and memory (target: start-up < 2 s, RSS grows < 20% from 10k to 30k)',
    columns: ['store', 'articles', 'start-up ms', 'RSS start MB', 'RSS after MB', 'peak MB', ...PAGES.map((p) => `first ${p} ms (later)`)],
    rows: served.map((r) => [r.target, r.articles, r.f.startMs.toFixed(0), mb(r.f.rssStartMb), mb(r.f.rssAfterMb), mb(r.f.peakRssMb),
      ...PAGES.map((p) => `${r.f.first.find((x) => x.path === p)?.ms.toFixed(0) ?? '—'} (${r.f.firstLater.find((x) => x.path === p)?.ms.toFixed(0) ?? '—'})`)]),
    notes,
  }];
  tables.push({
    title: `Page latency under ${LOAD.concurrency} concurrent connections, response cache off (target p95 < 200 ms at 30k)`,
    columns: ['store', 'articles', 'page', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'req/s', 'errors', 'bytes'],
    rows: served.flatMap((r) => r.f.latency.map((l) => [r.target, r.articles, l.path, l.requests, l.p50Ms.toFixed(1), l.p95Ms.toFixed(1), l.maxMs.toFixed(1), l.rps.toFixed(0), l.errors, r.f.first.find((x) => x.path === l.path)?.bytes ?? '—'])),
    notes: ['the load comes from a second process (keep-alive connections, 20 warm-up requests per page); the server is a separate process with the response cache off, so every request is computed'],
  });
  return tables;
}

/** Articles in a database, read through the store (SQLite file or PostgreSQL URL). */
async function articlesIn(db: string, migrate: boolean): Promise<number> {
  const { openStore } = await import('../src/store/open.js');
  const store = await openStore(db, { mustExist: true, readOnly: !migrate });
  try { return (await store.stats()).articles; } finally { await store.close(); }
}

/** The server on databases built before, each measured SERVE_RUNS times: min/median/max of every figure. */
async function serveOnly(dir: string): Promise<Table[]> {
  mkdirSync(dir, { recursive: true });
  const served: ServeRow[] = [];
  const runs: Array<{ target: string; articles: number; all: ServeFigures[] }> = [];
  for (const [i, source] of SERVE_ONLY.entries()) {
    const pg = /^postgres(ql)?:/.test(source);
    let db = source;
    if (!pg) {
      db = join(dir, `serve-${i}.db`);
      copyFileSync(source, db);
      for (const ext of ['-wal', '-shm']) if (existsSync(source + ext)) copyFileSync(source + ext, db + ext);
    }
    const articles = await articlesIn(db, !pg);
    const all: ServeFigures[] = [];
    for (let r = 0; r < SERVE_RUNS; r++) {
      const f = await measureServe(db, PAGES, LOAD);
      all.push(f);
      const row = { target: pg ? 'PostgreSQL' : 'SQLite', articles, f };
      progress(`run ${r + 1}/${SERVE_RUNS}: ${serveLine(row)}`);
      if (r === 0) served.push(row);
    }
    runs.push({ target: pg ? 'PostgreSQL' : 'SQLite', articles, all });
    if (!pg) rmSync(db, { force: true });
  }
  const spread = (xs: number[]) => { const v = [...xs].sort((a, b) => a - b); return `${v[0].toFixed(0)} / ${v[v.length >> 1].toFixed(0)} / ${v[v.length - 1].toFixed(0)}`; };
  const tables = serveTables(served);
  tables.push({
    title: `parley serve over ${SERVE_RUNS} runs on databases built before: min / median / max (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end)`,
    columns: ['store', 'articles', 'start-up ms', 'first / ms', `first / ${WARM_WAIT_MS / 1000} s later ms`, `first ${PAGES[1]} ms`, `first ${PAGES[1]} ${WARM_WAIT_MS / 1000} s later ms`, 'RSS after MB', 'peak MB', ...PAGES.map((p) => `p95 ${p} ms`)],
    rows: runs.map((r) => [r.target, r.articles, spread(r.all.map((f) => f.startMs)),
      spread(r.all.map((f) => firstOf(f.first, '/'))), spread(r.all.map((f) => firstOf(f.firstLater, '/'))),
      spread(r.all.map((f) => firstOf(f.first, PAGES[1]))), spread(r.all.map((f) => firstOf(f.firstLater, PAGES[1]))),
      spread(r.all.map((f) => f.rssAfterMb)), spread(r.all.map((f) => f.peakRssMb)),
      ...PAGES.map((p) => spread(r.all.map((f) => f.latency.find((l) => l.path === p)?.p95Ms ?? NaN)))]),
    notes: [`databases: ${SERVE_ONLY.join(', ')} (SQLite files copied, then brought to the current schema on the copy)`,
      `${LOAD.concurrency} concurrent connections, ${LOAD.requests} requests per page, response cache off`],
  });
  return tables;
}
