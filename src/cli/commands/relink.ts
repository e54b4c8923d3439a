// parley relink: recompute every story and event from the stored articles and claims. Ingest links
// incrementally; this full pass gives the same result (a test checks it) and is there to verify
// that, or to relink after changing the linking rules.
import type { CommandIO } from '../io.js';
import { parseCommand } from '../command-helpers.js';
import { relink } from '../../link/index.js';
import { dbLocation, openStore } from '../../store/open.js';

export const usage = `usage: parley relink [options]

Recomputes every story (near-duplicate articles) and event (reports of one statement) from the
stored articles and claims. 'parley ingest' already links new articles incrementally, with the
same result; run this after changing the linking rules, or to check.

options:
  --db FILE   database (default ./parley.db, or PARLEY_DB)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' } }, usage);
  const location = dbLocation(values.db);
  const store = await openStore(location, { mustExist: true });
  try {
    const r = await relink(store);
    io.err(`relink: ${r.events} events, ${r.stories} multi-article stories (${r.duplicates} copies) in ${(r.ms / 1000).toFixed(1)} s → ${store.location}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
