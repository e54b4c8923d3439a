// parley worker: processes queued ingest jobs (see `parley ingest --queue`) until stopped.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommand } from '../command-helpers.js';
import { dbLocation, isPostgres, openStore } from '../../store/open.js';

export const usage = `usage: parley worker [options]

Takes ingest jobs from the queue in a PostgreSQL database (put there by 'parley ingest --queue'),
reads, extracts and stores each article, and links what it stored. Run as many workers, on as
many machines, as point at the database. A job that fails is retried with exponential backoff,
then dead-lettered with its error ('parley jobs' lists them). Stops on SIGINT or SIGTERM after
finishing the jobs in hand; a worker killed outright loses nothing: its jobs expire and run again.

options:
  --db URL            PostgreSQL database (postgres://…; default PARLEY_DB)
  --concurrency N     jobs processed at once in this process (default 1)
  --lexicon DIR       extra lexicon directory (repeatable)
  --max-bytes N       refuse articles larger than N bytes (default 5 MiB)
  --timeout SECONDS   time limit per fetched URL (default 20)
  --quiet             no line per job`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(args, {
    db: { type: 'string' }, concurrency: { type: 'string' }, lexicon: { type: 'string', multiple: true },
    'max-bytes': { type: 'string' }, timeout: { type: 'string' }, quiet: { type: 'boolean' },
  }, usage);
  const location = dbLocation(values.db);
  if (!isPostgres(location)) throw new UsageError(`the queue lives in PostgreSQL: pass --db postgres://… (or set PARLEY_DB)\n${usage}`);
  const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency must be a whole number from 1 to 64, got '${values.concurrency}'`);
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new UsageError(`--max-bytes must be a positive number, got '${values['max-bytes']}'`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout must be a positive number, got '${values.timeout}'`);

  const { startWorker } = await import('../../queue/worker.js');
  const store = await openStore(location);
  const worker = await startWorker(store, location, {
    concurrency, lexiconDirs: values.lexicon ?? [], maxBytes, timeoutMs: timeout ? timeout * 1000 : undefined,
    log: values.quiet ? undefined : (line) => io.err(`worker ${process.pid}: ${line}\n`),
  });
  io.err(`parley worker ${process.pid}: ${store.location}, concurrency ${concurrency}; stop with Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.err(`parley worker ${process.pid}: stopping after the jobs in hand…\n`);
  await worker.stop();
  await store.close();
  const c = worker.counts;
  io.err(`parley worker ${process.pid}: ${c.new} new, ${c.unchanged} unchanged, ${c.updated} updated, ${c.failed} failed attempts\n`);
  return 0;
}
