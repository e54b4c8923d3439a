// The shared Store suite, run against PostgreSQL; plus what is PostgreSQL's own (schemas, migrations,
// two connections writing at once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openStore } from '../../src/store/open.js';
import { PG_LATEST_VERSION } from '../../src/store/pg-migrations/index.js';
import { freshSchema, SKIP_PG } from '../helpers/postgres.js';
import { storeSuite } from './suite.js';
import { join } from 'node:path';
import { makeArticle, makeClaim, tempDir } from './helpers.js';
import { parley } from '../cli-memory/helpers.js';
import { ROOT } from '../helpers/paths.js';

const EXAMPLES = join(ROOT, 'examples', 'articles');

storeSuite('postgres', async () => {
  const { url, drop } = freshSchema();
  return { store: await openPostgresStore(url), cleanup: drop, another: () => openPostgresStore(url) };
}, { skip: SKIP_PG });

test('postgres: --db postgres://… opens a PostgreSQL store at the latest schema; a missing one is refused for queries', { skip: SKIP_PG }, async () => {
  const { url, drop } = freshSchema();
  try {
    await assert.rejects(openStore(url, { mustExist: true }), /no Parley database at/);
    const store = await openStore(url);
    assert.equal(store.constructor.name, 'PostgresStore');
    assert.equal((await store.stats()).schemaVersion, PG_LATEST_VERSION);
    await store.close();
    const again = await openStore(url, { mustExist: true });
    assert.equal((await again.stats()).articles, 0);
    await again.close();
  } finally { await drop(); }
});

test('postgres: two connections store the same articles at once; each is stored once', { skip: SKIP_PG }, async () => {
  const { url, drop } = freshSchema();
  try {
    const a = await openPostgresStore(url);
    const b = await openPostgresStore(url);
    const put = (s: typeof a, i: number) => s.putArticle({ article: makeArticle(`d${i}`, `body ${i}`), claims: [makeClaim(`d${i}`, 0)], extractorVersion: 'v1' });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => [put(a, i), put(b, i)]).flat());
    assert.equal(outcomes.filter((o) => o.outcome === 'new').length, 40);
    assert.equal(outcomes.filter((o) => o.outcome === 'unchanged').length, 40);
    const stats = await a.stats();
    assert.equal(stats.articles, 40);
    assert.equal(stats.claims, 40);
    await a.close();
    await b.close();
  } finally { await drop(); }
});

test('postgres: a schema holding other tables is refused untouched', { skip: SKIP_PG }, async () => {
  const { url, drop } = freshSchema();
  try {
    const store = await openPostgresStore(url);
    await store.pool.query('DROP TABLE schema_version');
    await store.close();
    await assert.rejects(openPostgresStore(url), /not a Parley database/);
  } finally { await drop(); }
});

test('postgres: the CLI ingests into PostgreSQL (--db URL) and answers positions and events as SQLite does', { skip: SKIP_PG }, async () => {
  const { url, drop } = freshSchema('cli');
  const t = tempDir('parley-pgcli-');
  try {
    // A password in the URL (the test server trusts any) is never printed.
    const withPassword = url.replace('://parley@', '://parley:s3cret-pw@');
    const pgIngest = parley(['ingest', EXAMPLES, '--db', withPassword], t.dir);
    assert.equal(pgIngest.code, 0, pgIngest.stderr);
    assert.match(pgIngest.stderr, /→ postgres:\/\/parley:\*\*\*@/);
    assert.doesNotMatch(pgIngest.stderr, /s3cret-pw/);
    assert.equal(parley(['ingest', EXAMPLES, '--db', 'lite.db'], t.dir).code, 0);
    for (const cmd of [['positions', '--format', 'json'], ['events', '--format', 'json'], ['search', 'Donetsk', '--format', 'json']]) {
      const a = parley([...cmd, '--db', url], t.dir);
      const b = parley([...cmd, '--db', 'lite.db'], t.dir);
      assert.equal(a.code, 0, a.stderr);
      assert.ok(a.stdout.length > 10);
      if (cmd[0] === 'search') {
        const docs = (out: string) => (JSON.parse(out).hits as Array<{ doc: string; kind: string }>).map((h) => `${h.kind}:${h.doc}`).sort();
        assert.deepEqual(docs(a.stdout), docs(b.stdout));
      } else {
        assert.deepEqual(JSON.parse(a.stdout), JSON.parse(b.stdout));
      }
    }
  } finally { t.cleanup(); await drop(); }
});
