// Opens the store a `--db` value names: an SQLite file (the embedded default) or a PostgreSQL URL
// (postgres://user:password@host:port/database, optionally ?schema=NAME). PARLEY_DB stands in when
// no --db is given.
import type { OpenOptions } from './sqlite.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'parley.db';

/** The database a command uses: --db, else PARLEY_DB, else ./parley.db. */
export function dbLocation(option: string | undefined): string {
  return option ?? (process.env.PARLEY_DB || DEFAULT_DB);
}

/** Opens (creating and migrating as needed, unless `mustExist`) the store at `location`. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgres(location)) {
    // Loaded only for PostgreSQL, so that SQLite users do not load the client.
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(location, options);
  }
  // Loaded on opening, not with this module: `parley serve` names the database in a thread that opens
  // nothing (the server thread loads the store), and better-sqlite3 costs a tenth of a second to load under load.
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(location, options);
}

export function isPostgres(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
