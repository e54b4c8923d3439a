// Copies a Parley SQLite database into a PostgreSQL schema, rows as they are, so that the server can be
// measured on PostgreSQL with the same data as on SQLite without ingesting it again (30,000 articles
// through the queue take an hour here; a copy takes a few minutes). Not a migration tool: the schema must
// be new (it is created and migrated by the store), and both must be at the current schema version.
//   node dist/bench/copy-to-postgres.js FILE 'postgres://…?schema=NAME'
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';

/** The tables that hold the data (the search tables are filled by PostgreSQL's triggers on insert). */
const TABLES = ['articles', 'claims', 'events', 'event_reports', 'article_buckets', 'link_pending', 'link_stale_events'];

export async function copyToPostgres(file: string, url: string, log: (line: string) => void = () => undefined): Promise<void> {
  // Both brought to the current schema: the SQLite file by opening it writable (a copy is advised), the
  // PostgreSQL schema created by the store.
  await (await openSqliteStore(file, { mustExist: true })).close();
  const target = await openPostgresStore(url);
  await target.close();
  const schema = new URL(url).searchParams.get('schema') ?? 'public';
  const plain = new URL(url);
  plain.searchParams.delete('schema');
  const lite = new Database(file, { readonly: true });
  const c = new pg.Client({ connectionString: plain.toString() });
  await c.connect();
  try {
    await c.query(`SET search_path TO "${schema}"`);
    if ((await c.query('SELECT 1 FROM articles LIMIT 1')).rowCount) throw new Error(`${schema}: not empty; copy into a new schema`);
    await c.query('BEGIN');
    for (const table of TABLES) {
      const pgCols = (await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2
        AND is_generated = 'NEVER' ORDER BY ordinal_position`, [schema, table])).rows.map((r: { column_name: string }) => r.column_name);
      const liteCols = new Set((lite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((r) => r.name));
      const cols = pgCols.filter((n) => liteCols.has(n));
      // At most 30,000 parameters a statement (PostgreSQL allows 65,535).
      const per = Math.max(1, Math.floor(30_000 / cols.length));
      let batch: Array<Record<string, unknown>> = [];
      let n = 0;
      const flush = async () => {
        if (!batch.length) return;
        const values: unknown[] = [];
        const tuples = batch.map((r) => `(${cols.map((k) => { values.push(r[k]); return `$${values.length}`; }).join(', ')})`);
        await c.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')}`, values);
        n += batch.length;
        batch = [];
      };
      for (const r of lite.prepare(`SELECT ${cols.join(', ')} FROM ${table}`).iterate() as Iterable<Record<string, unknown>>) {
        batch.push(r);
        if (batch.length >= per) await flush();
      }
      await flush();
      log(`${table}: ${n} rows`);
    }
    for (const t of ['articles', 'claims']) await c.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT coalesce(max(id), 1) FROM ${t}))`);
    // The change counters: links as fresh (or as stale) as in the file.
    for (const key of ['changes', 'linked', 'needs_full_link']) {
      const row = lite.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
      if (row) await c.query('UPDATE meta SET value = $1 WHERE key = $2', [String(row.value), key]);
    }
    await c.query('COMMIT');
    // Statistics and the visibility map, as autovacuum would leave them on a database in use.
    for (const t of [...TABLES, 'article_search', 'claim_search']) await c.query(`VACUUM ANALYZE ${t}`);
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await c.end();
    lite.close();
  }
}

if (process.argv[1] && /bench[\\/]copy-to-postgres\.(js|ts)$/.test(process.argv[1])) {
  const [file, url] = process.argv.slice(2);
  if (!file || !url || !/^postgres(ql)?:\/\//.test(url)) {
    process.stderr.write("usage: node dist/bench/copy-to-postgres.js FILE 'postgres://…?schema=NAME'\n");
    process.exit(2);
  }
  const t0 = Date.now();
  await copyToPostgres(file, url, (line) => process.stderr.write(`${line}\n`));
  process.stderr.write(`copied ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
