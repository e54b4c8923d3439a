// Distributed ingest: two worker processes on one queue, one killed with SIGKILL mid-batch; every
// article stored exactly once with its claims; the result equals an SQLite ingest of the same files;
// failing articles end dead-lettered with their error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { bossTarget, INGEST_QUEUE } from '../../src/queue/queue.js';
import { BIN } from '../helpers/paths.js';
import { freshSchema, SKIP_PG } from '../helpers/postgres.js';
import { tempDir } from '../store/helpers.js';
import { parley, writeArticles } from '../cli-memory/helpers.js';

// Sweep expired jobs every second (a killed worker's jobs come back quickly).
const ENV = { PARLEY_QUEUE_MAINTENANCE_SECONDS: '1' };

function startWorker(url: string, cwd: string, concurrency: number, env: Record<string, string> = {}): { child: ChildProcess; log: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--concurrency', String(concurrency)], { cwd, env: { ...process.env, ...ENV, ...env } });
  let log = '';
  child.stderr!.on('data', (d) => { log += d; });
  child.stdout!.on('data', (d) => { log += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, log: () => log, exited };
}

async function until(what: string, check: () => Promise<boolean> | boolean, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

async function jobStates(url: string): Promise<Record<string, number>> {
  const { connectionString, schema } = bossTarget(url);
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    const rows = (await c.query(`SELECT state::text AS s, count(*)::int AS n, sum(CASE WHEN retry_count > 0 THEN 1 ELSE 0 END)::int AS retried
      FROM "${schema}".job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE])).rows;
    const out: Record<string, number> = { retried: 0 };
    for (const r of rows) { out[r.s] = r.n; out.retried += r.retried; }
    return out;
  } finally { await c.end(); }
}

test('queue: two workers, one killed with SIGKILL mid-batch: every article stored exactly once with its claims; same positions and events as SQLite', { skip: SKIP_PG, timeout: 240_000 }, async () => {
  const { url, drop } = freshSchema('q');
  const t = tempDir('parley-queue-');
  const workers: Array<ReturnType<typeof startWorker>> = [];
  try {
    const files = writeArticles(join(t.dir, 'articles'), 40);
    // A short job timeout: the killed worker's jobs run again after 4 s.
    const queued = parley(['ingest', '--queue', 'articles', '--db', url, '--job-timeout', '4'], t.dir);
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stderr, /40 jobs queued/);

    // A holds each job 300 ms before storing it: on a fast machine an undelayed worker stores its
    // whole batch before this test's 250 ms poll sees the third line, and dies with nothing in hand
    // (a CI run on a fast machine failed so: retried 0, completed 40).
    const a = startWorker(url, t.dir, 4, { PARLEY_WORKER_JOB_DELAY_MS: '300' });
    const b = startWorker(url, t.dir, 2);
    workers.push(a, b);
    // A fetches up to ten jobs per work loop and completes a batch when all of it is stored: killed right
    // after its third article, the rest of its batches are in hand.
    await until('worker A to store articles', () => (a.log().match(/: new, /g) ?? []).length >= 3, 90);
    a.child.kill('SIGKILL');
    assert.equal(await a.exited, null, 'A died of the signal');
    await until('the queue to drain', async () => {
      const s = await jobStates(url);
      return (s.completed ?? 0) === 40;
    }, 150);
    const states = await jobStates(url);
    b.child.kill('SIGTERM');
    assert.equal(await b.exited, 0, b.log());
    assert.ok(states.retried >= 1, `the killed worker's jobs ran again (${JSON.stringify(states)})`);
    assert.equal(states.failed ?? 0, 0);

    const store = await openPostgresStore(url);
    const lite = await openSqliteStore(join(t.dir, 'lite.db'));
    try {
      const stats = await store.stats();
      assert.equal(stats.articles, 40, 'every article stored, none twice');
      assert.equal(stats.linksStale, false, 'the surviving worker linked everything');
      const r = parley(['ingest', 'articles', '--db', 'lite.db'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      const perDoc = async (s: typeof store | typeof lite) => {
        const m = new Map<string, string[]>();
        for (const c of await s.listClaims()) m.set(c.claim.doc, [...(m.get(c.claim.doc) ?? []), `${c.ref} ${c.claim.actor} ${c.claim.type} ${c.claim.issue}`]);
        return [...m.entries()].sort();
      };
      assert.deepEqual(await perDoc(store), await perDoc(lite), 'each article has exactly its claims');
      assert.equal(files.length, 40);
    } finally {
      await store.close();
      await lite.close();
    }
    // As data: a report's story is named by its database key (its first stored article), which
    // depends on the order the workers stored articles in; compare stories by the documents in them.
    const storyDocs = async (open: () => Promise<{ listArticles(): Promise<Array<{ id: number; doc: string; storyId: number | null }>>; close(): Promise<void> }>) => {
      const s = await open();
      const arts = await s.listArticles();
      await s.close();
      const by = new Map<number, string[]>();
      for (const x of arts) by.set(x.storyId ?? x.id, [...(by.get(x.storyId ?? x.id) ?? []), x.doc]);
      return (story: number) => (by.get(story) ?? []).sort().join('+');
    };
    const namePg = await storyDocs(() => openPostgresStore(url));
    const nameLite = await storyDocs(() => openSqliteStore(join(t.dir, 'lite.db')));
    const asData = (out: string, name: (n: number) => string) => JSON.parse(out, (k, v) => {
      if (k === 'story' && typeof v === 'number') return name(v);
      // An event's reports are listed in storage order; as data they are a set.
      if (k === 'reports' && Array.isArray(v)) return [...v].sort((x, y) => String(x.claim).localeCompare(String(y.claim)));
      return v;
    });
    for (const cmd of [['positions', '--format', 'json'], ['events', '--format', 'json']]) {
      const p = parley([...cmd, '--db', url], t.dir);
      const s = parley([...cmd, '--db', 'lite.db'], t.dir);
      assert.equal(p.code, 0, p.stderr);
      assert.ok(p.stdout.length > 100);
      assert.deepEqual(asData(p.stdout, namePg), asData(s.stdout, nameLite), `${cmd[0]}: PostgreSQL through workers = SQLite`);
    }
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    t.cleanup();
    await drop();
    const { schema } = bossTarget(url);
    const c = new pg.Client({ connectionString: bossTarget(url).connectionString });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
  }
});

test('queue: an article that keeps failing is retried with backoff, then dead-lettered with its error and listed by parley jobs', { skip: SKIP_PG, timeout: 120_000 }, async () => {
  const { url, drop } = freshSchema('d');
  const t = tempDir('parley-dead-');
  const workers: Array<ReturnType<typeof startWorker>> = [];
  try {
    writeFileSync(join(t.dir, 'good.txt'), 'published: 2025-08-15\n---\nRussia demanded that Ukraine withdraw from Donetsk.\n');
    writeFileSync(join(t.dir, 'broken.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x42, 0x00])); // binary: unreadable
    const q = parley(['ingest', '--queue', 'good.txt', 'broken.txt', '--db', url, '--retries', '2', '--retry-delay', '1'], t.dir);
    assert.equal(q.code, 0, q.stderr);
    const w = startWorker(url, t.dir, 1);
    workers.push(w);
    await until('the broken article to be dead-lettered', async () => {
      const r = parley(['jobs', '--db', url, '--format', 'json'], t.dir);
      return r.code === 0 && JSON.parse(r.stdout).deadTotal === 1;
    }, 90);
    const r = parley(['jobs', '--db', url], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 completed/);
    assert.match(r.stdout, /1 failed; 1 dead-lettered/);
    assert.match(r.stdout, /broken\.txt.*broken\.txt/);
    await until('the worker to log its tries', () => (w.log().match(/broken\.txt: failed/g) ?? []).length >= 3, 10);
    const log = w.log();
    assert.equal((log.match(/broken\.txt: failed/g) ?? []).length, 3, `one try and two retries:\n${log}`);
    assert.match(r.stdout, /binary file/);
    w.child.kill('SIGTERM');
    assert.equal(await w.exited, 0);
    const store = await openPostgresStore(url);
    assert.equal((await store.stats()).articles, 1);
    await store.close();
    const usage = parley(['jobs', '--db', 'local.db'], t.dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /queue lives in PostgreSQL/);
  } finally {
    for (const x of workers) if (x.child.exitCode === null && x.child.signalCode === null) x.child.kill('SIGKILL');
    t.cleanup();
    await drop();
    const c = new pg.Client({ connectionString: bossTarget(url).connectionString });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${bossTarget(url).schema}" CASCADE`).finally(() => c.end());
  }
});
