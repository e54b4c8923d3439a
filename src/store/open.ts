// Opens the store a `--db` value names: an SQLite file (the embedded default) or, later, a
// PostgreSQL URL. PARLEY_DB stands in when no --db is given.
import { openSqliteStore, type OpenOptions } from './sqlite.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'parley.db';

/** The database a command uses: --db, else PARLEY_DB, else ./parley.db. */
export function dbLocation(option: string | undefined): string {
  return option ?? (process.env.PARLEY_DB || DEFAULT_DB);
}

/** Opens (creating and migrating as needed, unless `mustExist`) the store at `location`. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  return openSqliteStore(location, options);
}
