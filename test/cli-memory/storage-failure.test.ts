// Issue 10, item 7: a full disk stops ingest at the first storage failure with one clear message
// (it printed 3,180 identical lines), the database stays consistent, and the same command completes
// the job once there is room. The full disk is SQLite's own: max_page_count is lowered to the
// database's size just before one article is written, so the write fails inside its transaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/main.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { isStorageFailure } from '../../src/pipeline/pipeline.js';
import { tempDir } from '../store/helpers.js';
import { writeArticles } from './helpers.js';

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(args, { out: () => {}, err: (t) => { err += t; } });
  return { code, err };
}

test('ingest stops at the first storage failure with one message; the rerun completes', async () => {
  const { dir, cleanup } = tempDir('parley-full-');
  const original = SqliteStore.prototype.putArticle;
  try {
    writeArticles(join(dir, 'in'), 40);
    let calls = 0;
    SqliteStore.prototype.putArticle = function (this: SqliteStore, input) {
      calls++;
      // From the 11th article on the disk is "full".
      if (calls === 11) this.db.pragma(`max_page_count = ${this.db.pragma('page_count', { simple: true })}`);
      return original.call(this, input);
    };
    const full = await run(['ingest', join(dir, 'in'), '--db', join(dir, 'f.db')]);
    assert.equal(full.code, 1);
    const lines = full.err.trim().split('\n');
    assert.ok(lines.length <= 3, `${lines.length} lines:\n${full.err}`);
    assert.match(full.err, /could not be stored \(database or disk is full\)/);
    assert.match(full.err, /^ingest: stopped at the first storage failure \(database or disk is full\); 10 articles stored before it are safe and the database is consistent\. Free space or fix the database, then run the same command again\.$/m);
    SqliteStore.prototype.putArticle = original;
    const db = new Database(join(dir, 'f.db'), { readonly: true });
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 10);
    assert.equal((db.prepare('SELECT count(*) AS n FROM claims WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number }).n, 0);
    db.close();
    const again = await run(['ingest', join(dir, 'in'), '--db', join(dir, 'f.db')]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /ingest: 30 new, 10 unchanged, 0 updated, 0 failed/);
  } finally {
    SqliteStore.prototype.putArticle = original;
    cleanup();
  }
});

test('storage failures are told apart from bad articles', () => {
  for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_READONLY', 'SQLITE_CORRUPT', 'ENOSPC', 'EROFS']) assert.equal(isStorageFailure(Object.assign(new Error('x'), { code })), true, code);
  for (const code of [undefined, 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSY', 'ERR_INVALID_ARG_TYPE']) assert.equal(isStorageFailure(Object.assign(new Error('x'), { code })), false, String(code));
});
