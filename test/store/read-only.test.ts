// Issue 10, item 3: read commands and `serve` without --allow-ingest open the database read-only and
// never change it: no switch to WAL, no -wal/-shm files for a rollback-journal database, no linking of
// a --no-link database; and they work in a directory they cannot write to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, FIXTURES } from '../helpers/paths.js';
import { parley } from '../cli-memory/helpers.js';
import { tempDir } from './helpers.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const ARTICLES = join(FIXTURES, 'memory', 'articles');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A database of the fixture articles, stored with --no-link, then switched to a rollback journal. */
function unlinkedDatabase(dir: string): string {
  const r = parley(['ingest', ARTICLES, '--db', 'ro.db', '--no-link'], dir);
  assert.equal(r.code, 0, r.stderr);
  const db = new Database(join(dir, 'ro.db'));
  db.pragma('journal_mode = DELETE');
  db.close();
  assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('ro.db')), ['ro.db']);
  return join(dir, 'ro.db');
}

async function serveSession(dir: string, db: string, paths: string[]): Promise<{ statuses: number[]; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--quiet'], { cwd: dir });
  let err = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => { err += d; const m = /at (http:\/\/[^/\s]+)\//.exec(err); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    const statuses: number[] = [];
    for (const p of paths) statuses.push((await fetch(url + p, { redirect: 'manual' }).then(async (r) => { await r.arrayBuffer(); return r; })).status);
    statuses.push((await fetch(url + '/api/ingest', { method: 'POST', body: 'x' })).status);
    return { statuses, stderr: err };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

test('read commands and a serve session leave the database file byte-identical (no WAL switch, no linking)', async () => {
  const { dir, cleanup } = tempDir('parley-ro-');
  try {
    const db = unlinkedDatabase(dir);
    const before = sha(db);
    for (const cmd of [['events'], ['positions'], ['search', 'ceasefire'], ['export', '--format', 'jsonl']]) {
      const r = parley([...cmd, '--db', 'ro.db'], dir);
      assert.equal(r.code, 0, `${cmd[0]}: ${r.stderr}`);
      // The unlinked articles are not linked behind the user's back; the note says how to link them.
      assert.match(r.stderr, /not in the events yet; run 'parley relink --db ro\.db'/, cmd[0]);
    }
    const { statuses, stderr } = await serveSession(dir, 'ro.db', ['/', '/api/events', '/api/positions', '/search?q=ceasefire', '/api/search?q=ceasefire', '/map', '/articles/1', '/api/openapi.json']);
    assert.ok(statuses.slice(0, -1).every((s) => s === 200), JSON.stringify(statuses));
    assert.match(stderr, /not in the events yet; run 'parley relink --db ro\.db'/);
    assert.ok([403, 404, 405].includes(statuses[statuses.length - 1]), `POST /api/ingest: ${statuses[statuses.length - 1]}`);
    assert.equal(sha(db), before, 'the database file changed');
    assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('ro.db')), ['ro.db'], 'no -wal/-shm files');
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    assert.equal((check.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n, 0, 'nothing was linked');
    check.close();
    // relink is the write command that links them.
    const relink = parley(['relink', '--db', 'ro.db'], dir);
    assert.equal(relink.code, 0, relink.stderr);
    const events = parley(['events', '--db', 'ro.db'], dir);
    assert.doesNotMatch(events.stderr, /not in the events yet/);
    assert.match(events.stdout, /\d+ events?\n$/);
  } finally { cleanup(); }
});

test('a read-only store refuses writes and says so', async () => {
  const { dir, cleanup } = tempDir('parley-ro-');
  try {
    const db = unlinkedDatabase(dir);
    const store = await openSqliteStore(db, { mustExist: true, readOnly: true });
    assert.equal(store.readOnly, true);
    await assert.rejects(store.replaceLinks([], []), /readonly|read-only/i);
    await store.close();
    const rw = await openSqliteStore(db, { mustExist: true });
    assert.equal(rw.readOnly, false);
    await rw.close();
  } finally { cleanup(); }
});

// root may write anywhere: the commands then run as 'nobody', for whom the directory is read-only.
// That needs the repository to be readable by nobody (a clone under /root is not).
const AS_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const CAN_RUN_AS_USER = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', ...AS_USER }).status === 0;

test('read commands work on a database in a directory they cannot write to', {
  skip: CAN_RUN_AS_USER ? false : 'skipped: running as root and the repository is not readable by the user nobody, so no process here lacks write access',
}, () => {
  const { dir, cleanup } = tempDir('parley-ro-');
  try {
    const r = parley(['ingest', ARTICLES, '--db', 'w.db'], dir);
    assert.equal(r.code, 0, r.stderr);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    // A WAL database copied without its -shm file: SQLite would need to create one to read it.
    copyFileSync(join(dir, 'w.db'), join(locked, 'w.db'));
    const before = sha(join(locked, 'w.db'));
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    const asUser = AS_USER;
    try {
      for (const cmd of [['events'], ['positions'], ['search', 'ceasefire']]) {
        const x = spawnSync(process.execPath, [BIN, ...cmd, '--db', join(locked, 'w.db')], { cwd: locked, encoding: 'utf8', ...asUser });
        assert.equal(x.status, 0, `${cmd[0]}: ${x.stderr}`);
        assert.ok(x.stdout.length > 0);
      }
      const events = spawnSync(process.execPath, [BIN, 'events', '--db', join(locked, 'w.db')], { cwd: locked, encoding: 'utf8', ...asUser });
      assert.match(events.stdout, /\d+ events?\n$/);
    } finally { chmodSync(locked, 0o755); }
    assert.equal(sha(join(locked, 'w.db')), before);
    assert.deepEqual(readdirSync(locked), ['w.db']);
  } finally { cleanup(); }
});
