// Ordered list of schema migrations. Append only: never edit a released migration.
import * as m001 from './001-initial.js';
import * as m002 from './002-links.js';
import * as m003 from './003-partial.js';
import * as m004 from './004-incremental-links.js';
import * as m005 from './005-event-steps.js';
import * as m006 from './006-event-order.js';
import * as m007 from './007-event-placed.js';
import * as m008 from './008-link-cover.js';
import * as m009 from './009-link-signatures.js';

export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
