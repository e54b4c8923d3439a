// The bench's copy of a SQLite database into PostgreSQL (bench/copy-to-postgres.ts): the server figures on
// PostgreSQL are measured on such copies, so the copy must hold the same data, searchable.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyToPostgres } from '../../bench/copy-to-postgres.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { freshSchema, SKIP_PG } from '../helpers/postgres.js';
import { ingest, WEB_ARTICLES } from '../server/helpers.js';

test('a SQLite database copied into PostgreSQL reads the same: articles, claims, events, counts, search', { skip: SKIP_PG }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-copypg-'));
  const { url, drop } = freshSchema('copy');
  try {
    const file = join(dir, 'web.db');
    await ingest([WEB_ARTICLES], file);
    await copyToPostgres(file, url);
    const [lite, pgs] = [await openSqliteStore(file, { mustExist: true, readOnly: true }), await openPostgresStore(url, { mustExist: true, readOnly: true })];
    try {
      const [a, b] = [await lite.stats(), await pgs.stats()];
      assert.deepEqual({ ...b, schemaVersion: 0 }, { ...a, schemaVersion: 0 });
      assert.equal(b.linksStale, false, 'linked as the file was');
      assert.ok(a.events > 0 && a.claims > 0);
      assert.deepEqual(await pgs.listEvents(), await lite.listEvents());
      assert.deepEqual(await pgs.listClaims(), await lite.listClaims());
      assert.deepEqual(await pgs.listArticles(), await lite.listArticles());
      const hits = async (s: typeof lite | typeof pgs) => (await s.search('Donetsk', { limit: 200, snippets: false })).map((h) => `${h.kind} ${h.claim ?? h.articleId}`).sort();
      const found = await hits(pgs);
      assert.ok(found.length > 0, 'the search tables were filled');
      assert.deepEqual(found, await hits(lite));
      assert.deepEqual((await pgs.positionEvents('RUS', 'territory', { limit: 500 })).map((e) => e.id), (await lite.positionEvents('RUS', 'territory', { limit: 500 })).map((e) => e.id));
    } finally {
      await lite.close();
      await pgs.close();
    }
    await assert.rejects(copyToPostgres(file, url), /not empty/, 'never into a schema with data');
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
