// The PostgreSQL server tests run against: PARLEY_TEST_PG (a URL; .ci/run starts a throwaway server
// with scripts/pg-test-server.sh and sets it). Without it the PostgreSQL tests skip with the reason,
// except in CI, where they must run: there a missing server fails the run.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.PARLEY_TEST_PG ?? '';

export const SKIP_PG: string | false = PG_URL
  ? false
  : process.env.CI
    ? false // in CI the tests run and fail loudly without a server
    : 'skipped: no PostgreSQL server (start one with scripts/pg-test-server.sh start and set PARLEY_TEST_PG to the URL it prints)';

/** A URL naming a fresh, empty schema, and a function that drops it. */
export function freshSchema(prefix = 't'): { url: string; drop: () => Promise<void> } {
  if (!PG_URL) throw new Error('PARLEY_TEST_PG is not set: the PostgreSQL tests need a server (scripts/pg-test-server.sh start)');
  const schema = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try { await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); } finally { await c.end(); }
    },
  };
}
