import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/migrations/index.js';
import { openDatabase, openSqliteStore, schemaVersion } from '../../src/store/sqlite.js';
import { makeArticle, makeClaim, tempDir } from './helpers.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('migrations are numbered 1..N without gaps', () => {
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
  assert.equal(LATEST_VERSION, MIGRATIONS.length);
});

test('a new database is created at the latest version', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = await openSqliteStore(join(dir, 'new.db'));
    assert.equal(schemaVersion(store.db), LATEST_VERSION);
    assert.equal((await store.stats()).schemaVersion, LATEST_VERSION);
    await store.close();
  } finally { cleanup(); }
});

test('a database written by an older schema is migrated, keeping its data', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'old.db');
    // Build a version-1 database the way an older Parley would have, with an article in it.
    const old = openDatabase(path, { targetVersion: 1 });
    assert.equal(schemaVersion(old), 1);
    const a = makeArticle('old1', 'Putin demanded Donetsk.');
    old.prepare(`INSERT INTO articles (doc, source, url, outlet, published, title, format, raw_text, text, offsets, hash, ingested_at, extractor_version)
      VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, '[]', ?, '2025-01-01T00:00:00Z', 'v0')`).run(a.id, a.source, a.meta.url, a.meta.outlet, a.meta.published, a.meta.title, a.rawBody, a.body, a.hash);
    assert.equal((old.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'events'").get() as { n: number }).n, 0);
    old.close();

    const store = await openSqliteStore(path);
    assert.equal(schemaVersion(store.db), LATEST_VERSION);
    const versions = (store.db.prepare('SELECT version FROM schema_version ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
    assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    const stats = await store.stats();
    assert.equal(stats.articles, 1);
    assert.equal(stats.linksStale, true, 'links of a migrated database are computed on first use');
    // The migrated database works: same article again with a newer extractor → its claims are added.
    const r = await store.putArticle({ article: a, claims: [makeClaim('old1', 0)], extractorVersion: 'v1' });
    assert.equal(r.outcome, 'updated');
    assert.equal((await store.search('Donetsk')).length, 2);
    assert.equal((store.db.pragma('integrity_check', { simple: true })), 'ok');
    await store.close();
  } finally { cleanup(); }
});

test('a database from a newer Parley is refused with a clear message and left untouched', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'future.db');
    const store = await openSqliteStore(path);
    await store.putArticle({ article: makeArticle('f1', 'body'), claims: [makeClaim('f1', 0)], extractorVersion: 'v1' });
    store.db.prepare("INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'from-the-future', '2030-01-01')").run(LATEST_VERSION + 7);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    const before = digest(path);
    await assert.rejects(openSqliteStore(path), (error: Error) => {
      assert.match(error.message, new RegExp(`schema version ${LATEST_VERSION + 7}, newer than this Parley supports \\(${LATEST_VERSION}\\)`));
      assert.match(error.message, /upgrade Parley/);
      return true;
    });
    await assert.rejects(openSqliteStore(path, { mustExist: true }), /newer than this Parley supports/);
    assert.equal(digest(path), before, 'the file is byte-for-byte unchanged');
    const check = new Database(path, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal((check.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n, 1);
    check.close();
  } finally { cleanup(); }
});

test('a file that is not a Parley database is refused, not overwritten', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    await assert.rejects(openSqliteStore(text), /not a Parley database/);
    assert.equal(readFileSync(text, 'utf8'), 'these are my notes, not a database\n'.repeat(200));

    const foreign = join(dir, 'other.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    await assert.rejects(openSqliteStore(foreign), /not a Parley one/);
  } finally { cleanup(); }
});

test('a failing migration rolls back completely', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'half.db');
    const db = openDatabase(path, { targetVersion: 1 });
    // Sabotage: a table the next migration will try to create already exists.
    db.exec('CREATE TABLE events (x INTEGER)');
    db.close();
    await assert.rejects(openSqliteStore(path), /migration 2 \(links\) failed: .*database left at version 1/);
    const check = new Database(path, { readonly: true });
    assert.equal((check.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number }).v, 1);
    const cols = (check.prepare("SELECT name FROM pragma_table_info('articles')").all() as Array<{ name: string }>).map((c) => c.name);
    assert.ok(!cols.includes('signature'), 'the ALTER TABLE of the failed migration was rolled back');
    check.close();
  } finally { cleanup(); }
});

test('story linking reads signatures from an index (migration 9), not from the rows behind the articles\' texts', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = await openSqliteStore(join(dir, 'sig.db'));
    const plan = (sql: string) => (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    // The columns linkCandidates and linkArticles read, as they read them.
    assert.match(plan('SELECT id, published, outlet, signature, shingles, story_id FROM articles INDEXED BY articles_signature WHERE id = ?'), /COVERING INDEX articles_signature/);
    assert.match(plan(`SELECT DISTINCT a.id, a.published, a.outlet, a.signature, a.shingles, a.story_id FROM article_buckets mine
      JOIN article_buckets other ON other.bucket = mine.bucket JOIN articles a INDEXED BY articles_signature ON a.id = other.article_id WHERE mine.article_id = ?`), /a USING COVERING INDEX articles_signature/);
    await store.close();
  } finally { cleanup(); }
});
