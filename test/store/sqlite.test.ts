import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { storeSuite } from './suite.js';
import { makeArticle, makeClaim, tempDir } from './helpers.js';

storeSuite('sqlite', async () => {
  const { dir, cleanup } = tempDir();
  return { store: await openSqliteStore(join(dir, 'test.db')), cleanup, another: () => openSqliteStore(join(dir, 'test.db')) };
});

storeSuite('sqlite in memory', async () => ({ store: await openSqliteStore(':memory:') }));

test('sqlite: WAL mode and a busy timeout are set', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = await openSqliteStore(join(dir, 'x.db'));
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.ok(Number(store.db.pragma('busy_timeout', { simple: true })) >= 1000);
    await store.close();
  } finally { cleanup(); }
});

test('sqlite: a read-only connection (the server) keeps a page cache of SQLite\'s default size, not the 16 MB better-sqlite3 sets', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const writer = await openSqliteStore(join(dir, 'c.db'));
    assert.equal(writer.db.pragma('cache_size', { simple: true }), -16000, 'writers keep the larger cache');
    await writer.close();
    const reader = await openSqliteStore(join(dir, 'c.db'), { readOnly: true, mustExist: true });
    assert.equal(reader.db.pragma('cache_size', { simple: true }), -2000);
    await reader.close();
  } finally { cleanup(); }
});

test('sqlite: two connections write to one file without losing work', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'shared.db');
    const a = await openSqliteStore(path);
    const b = await openSqliteStore(path);
    for (let i = 0; i < 50; i++) {
      const s = i % 2 ? a : b;
      await s.putArticle({ article: makeArticle(`d${i}`, `body ${i}`), claims: [makeClaim(`d${i}`, 0)], extractorVersion: 'v1' });
      // the other connection also tries the same article: it must be seen as unchanged
      const o = i % 2 ? b : a;
      assert.equal((await o.putArticle({ article: makeArticle(`d${i}`, `body ${i}`), claims: [makeClaim(`d${i}`, 0)], extractorVersion: 'v1' })).outcome, 'unchanged');
    }
    assert.equal((await a.stats()).articles, 50);
    assert.equal((await b.stats()).claims, 50);
    await a.close();
    await b.close();
  } finally { cleanup(); }
});

test('sqlite: query commands refuse a missing database instead of creating one', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await assert.rejects(openSqliteStore(join(dir, 'nope.db'), { mustExist: true }), /no database at .*nope\.db/);
  } finally { cleanup(); }
});
