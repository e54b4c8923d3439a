// Crash safety and concurrency through real processes: SIGKILL an ingest mid-run, check the
// database, rerun to completion; run two ingests on one database at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/paths.js';
import { tempDir } from '../store/helpers.js';
import { parley, parleyAsync, writeArticles } from './helpers.js';

function counts(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      articles: one('SELECT count(*) AS n FROM articles'),
      distinct: one('SELECT count(DISTINCT hash) AS n FROM articles'),
      docs: one('SELECT count(DISTINCT doc) AS n FROM articles'),
      claims: one('SELECT count(*) AS n FROM claims'),
      orphans: one('SELECT count(*) AS n FROM claims WHERE article_id NOT IN (SELECT id FROM articles)'),
      events: one('SELECT count(*) AS n FROM events'),
      fts: one('SELECT count(*) AS n FROM claims_fts'),
      perDoc: new Map((db.prepare('SELECT a.doc AS doc, count(c.id) AS n FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id').all() as Array<{ doc: string; n: number }>).map((r) => [r.doc, r.n])),
    };
  } finally { db.close(); }
}

function countNow(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally { db.close(); }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Starts an ingest and SIGKILLs it once some but not all articles are stored. */
async function killMidway(dir: string, input: string, db: string, total: number): Promise<{ killedAt: number; finished: boolean }> {
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db], { cwd: dir, stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const dbPath = join(dir, db);
  const threshold = Math.max(5, Math.floor(total / 10));
  const deadline = Date.now() + 60_000;
  while (!exited && Date.now() < deadline) {
    const n = countNow(dbPath);
    if (n >= threshold && n < total) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      return { killedAt: n, finished: false };
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  if (!exited) { child.kill('SIGKILL'); await new Promise((r) => child.once('exit', r)); }
  return { killedAt: countNow(dbPath), finished: true };
}

test('kill -9 mid-ingest leaves a consistent database; rerunning completes it with no duplicates', { timeout: 300_000 }, async () => {
  const { dir, cleanup } = tempDir('parley-kill-');
  try {
    let total = 400;
    let input = '';
    let outcome = { killedAt: 0, finished: true };
    let dbName = '';
    // Generate more articles if this machine is too fast to catch the ingest mid-run.
    for (let attempt = 0; attempt < 3 && outcome.finished; attempt++) {
      input = join(dir, `articles${attempt}`);
      writeArticles(input, total);
      dbName = `kill${attempt}.db`;
      outcome = await killMidway(dir, input, dbName, total);
      if (outcome.finished) total *= 2;
    }
    assert.equal(outcome.finished, false, 'the ingest was killed before it finished');
    const db = join(dir, dbName);
    const after = counts(db);
    assert.equal(after.integrity, 'ok');
    assert.ok(after.articles > 0 && after.articles < total, `killed with ${after.articles} of ${total} stored`);
    assert.equal(after.orphans, 0);
    assert.equal(after.distinct, after.articles);

    // Reference: the same inputs ingested in one go.
    const ref = parley(['ingest', input, '--db', 'ref.db'], dir);
    assert.equal(ref.code, 0, ref.stderr);
    const expected = counts(join(dir, 'ref.db'));
    assert.equal(expected.articles, total);
    // Every article the killed run stored has all of its claims (one transaction per article).
    for (const [doc, n] of after.perDoc) assert.equal(n, expected.perDoc.get(doc), `claims of ${doc}`);

    const rerun = parley(['ingest', input, '--db', dbName], dir);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stderr, new RegExp(`ingest: ${total - after.articles} new, ${after.articles} unchanged, 0 updated, 0 failed`));
    const done = counts(db);
    assert.equal(done.integrity, 'ok');
    assert.equal(done.articles, total);
    assert.equal(done.distinct, total);
    assert.equal(done.docs, total);
    assert.equal(done.claims, expected.claims);
    assert.equal(done.fts, expected.claims);
    assert.equal(done.events, expected.events);
  } finally { cleanup(); }
});

test('two ingest processes on one database at once: every article once, nothing lost', { timeout: 300_000 }, async () => {
  const { dir, cleanup } = tempDir('parley-conc-');
  try {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    writeArticles(a, 150, 0);
    writeArticles(b, 150, 100); // 50 articles overlap (same content in both directories)
    writeArticles(join(dir, 'all'), 250, 0);
    const [ra, rb] = await Promise.all([parleyAsync(['ingest', a, b, '--db', 'shared.db'], dir), parleyAsync(['ingest', b, a, '--db', 'shared.db'], dir)]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const got = counts(join(dir, 'shared.db'));
    assert.equal(got.integrity, 'ok');
    assert.equal(got.articles, 250);
    assert.equal(got.distinct, 250);
    const ref = parley(['ingest', join(dir, 'all'), '--db', 'ref.db'], dir);
    assert.equal(ref.code, 0, ref.stderr);
    const expected = counts(join(dir, 'ref.db'));
    assert.equal(got.claims, expected.claims);
    assert.equal(got.orphans, 0);
    // Between them the two runs stored each article exactly once.
    const newOf = (s: string) => Number(/ingest: (\d+) new/.exec(s)?.[1] ?? NaN);
    assert.equal(newOf(ra.stderr) + newOf(rb.stderr), 250);
    // Events are fresh whichever process finished last.
    const ev = parley(['events', '--db', 'shared.db', '--format', 'json'], dir);
    assert.equal(ev.code, 0, ev.stderr);
    assert.equal(JSON.parse(ev.stdout).events.length, expected.events);
  } finally { cleanup(); }
});
