// Bench section "scale" (issue 11): ingest throughput into SQLite (one `parley ingest` process) and
// into PostgreSQL through the queue with 1 and 2 `parley worker` processes, on the same generated
// articles (PARLEY_BENCH_SCALE_ARTICLES, default 20,000); then the time to add 100 new articles to
// a 30,000-article SQLite database (incremental linking), against a full `parley relink`.
// PostgreSQL figures need a server: PARLEY_BENCH_PG (or PARLEY_TEST_PG) = postgres://… URL; each run
// uses a fresh schema in it, dropped afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { BIN, type BenchContext, type Section, type Table } from './common.js';
import { writeBenchArticles } from './ingest.js';

const N = Number(process.env.PARLEY_BENCH_SCALE_ARTICLES ?? 20_000);
const BIG = Number(process.env.PARLEY_BENCH_SCALE_BIG ?? 30_000);
const PG_URL = process.env.PARLEY_BENCH_PG ?? process.env.PARLEY_TEST_PG ?? '';

function cli(args: string[], cwd: string): { ms: number; code: number | null; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code: r.status, stderr: r.stderr };
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
async function viaQueue(articles: string, workers: number, cwd: string): Promise<{ seconds: number; articles: number; events: number }> {
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const url = withSchema(PG_URL, schema);
  try {
    const q = cli(['ingest', '--queue', articles, '--db', url], cwd);
    if (q.code !== 0) throw new Error(`enqueue failed: ${q.stderr.trim().split('\n').pop()}`);
    const total = readdirSync(articles).length;
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
    return { seconds, articles: a.n, events: e.n };
  } finally {
    const base = PG_URL.replace(/\?.*$/, '');
    await sql(base, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await sql(base, `DROP SCHEMA IF EXISTS "${schema}_boss" CASCADE`).catch(() => undefined);
  }
}

export const scale: Section = {
  name: 'scale',
  async run(ctx: BenchContext): Promise<Table[]> {
    const dir = join(ctx.tmp, 'scale');
    const first = join(dir, 'first');
    const rest = join(dir, 'rest');
    const added = join(dir, 'added');
    mkdirSync(dir, { recursive: true });
    if (!existsSync(first)) writeBenchArticles(first, N, 7);
    const rows: Array<Array<string | number>> = [];
    const notes: string[] = [`${N.toLocaleString('en')} generated articles (~2–3 KB, one or two stances each; a tenth republished copies); wall-clock time until every article is stored and linked`];

    // SQLite: one `parley ingest` process (read → extract → store → link incrementally at the end).
    const db = join(dir, 'scale.db');
    const lite = cli(['ingest', first, '--db', db], dir);
    if (lite.code !== 0) throw new Error(`sqlite ingest failed: ${lite.stderr.trim().split('\n').pop()}`);
    rows.push(['SQLite, parley ingest (1 process)', N, (lite.ms / 1000).toFixed(1), (N / (lite.ms / 1000)).toFixed(0)]);

    if (PG_URL) {
      for (const workers of [1, 2]) {
        const r = await viaQueue(first, workers, dir);
        rows.push([`PostgreSQL, queue + ${workers} worker process${workers > 1 ? 'es' : ''}`, r.articles, r.seconds.toFixed(1), (r.articles / r.seconds).toFixed(0)]);
      }
    } else {
      notes.push('PostgreSQL rows skipped: set PARLEY_BENCH_PG to a postgres:// URL (scripts/pg-test-server.sh start prints one)');
    }
    const tables: Table[] = [{ title: 'Ingest throughput (issue 11)', columns: ['target', 'articles', 'seconds', 'articles/s'], rows, notes }];

    // Grow the SQLite database to BIG articles, then add 100 new ones (incremental), and compare with a full relink.
    if (BIG > N) {
      writeBenchArticles(rest, BIG - N, 8);
      const more = cli(['ingest', rest, '--db', db], dir);
      if (more.code !== 0) throw new Error(`growing the database failed: ${more.stderr.trim().split('\n').pop()}`);
    }
    writeBenchArticles(added, 100, 9);
    const add = cli(['ingest', added, '--db', db], dir);
    if (add.code !== 0) throw new Error(`adding 100 failed: ${add.stderr.trim().split('\n').pop()}`);
    const full = cli(['relink', '--db', db], dir);
    const size = statSync(db).size;
    tables.push({
      title: `Adding 100 articles to a ${Math.max(BIG, N).toLocaleString('en')}-article SQLite database (target < 5 s)`,
      columns: ['step', 'seconds'],
      rows: [
        ['parley ingest of 100 new articles (whole process: start, read, extract, store, link incrementally)', (add.ms / 1000).toFixed(2)],
        ['parley relink (every story and event, for comparison)', (full.ms / 1000).toFixed(2)],
      ],
      notes: [add.stderr.trim().split('\n').pop() ?? '', `database ${(size / 2 ** 20).toFixed(0)} MiB`],
    });
    rmSync(db, { force: true });
    return tables;
  },
};
