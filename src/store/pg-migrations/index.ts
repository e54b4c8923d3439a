// Ordered list of PostgreSQL schema migrations (numbered on their own: PostgreSQL support starts
// at the schema SQLite reached with its migration 5). Append only: never edit a released migration.
import * as m001 from './001-initial.js';
import * as m002 from './002-event-order.js';
import * as m003 from './003-event-placed.js';
import * as m004 from './004-search-tables.js';
import * as m005 from './005-link-cover.js';

export interface PgMigration { version: number; name: string; sql: string }

export const PG_MIGRATIONS: PgMigration[] = [m001, m002, m003, m004, m005];
export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
