// parley jobs: the ingest queue at a glance: jobs by state, and dead-lettered jobs with their error.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { formatOption, parseCommand, table } from '../command-helpers.js';
import { dbLocation, isPostgres } from '../../store/open.js';

export const usage = `usage: parley jobs [options]

Shows the ingest queue of a PostgreSQL database: how many jobs are waiting (created, retry),
running (active), done (completed) and failed, and every dead-lettered job (an article or URL that
failed all its tries) with the error that ended it.

options:
  --db URL               PostgreSQL database (postgres://…; default PARLEY_DB)
  --limit N              most dead-lettered jobs listed (default 50)
  --format table|json    output format (default table)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(args, { db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } }, usage);
  const format = formatOption(values.format, ['table', 'json'], 'table');
  const location = dbLocation(values.db);
  if (!isPostgres(location)) throw new UsageError(`the queue lives in PostgreSQL: pass --db postgres://… (or set PARLEY_DB)\n${usage}`);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit must be a positive whole number, got '${values.limit}'`);
  const { queueReport } = await import('../../queue/report.js');
  const r = await queueReport(location, limit);
  if (format === 'json') { io.out(JSON.stringify(r, null, 2) + '\n'); return 0; }
  const order = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];
  io.out(`queue: ${order.map((s) => `${r.states[s] ?? 0} ${s}`).join(', ')}; ${r.deadTotal} dead-lettered\n`);
  if (r.dead.length) io.out(table(['failed at', 'input', 'error'], r.dead.map((d) => [d.failedAt, d.input, d.error]), 100));
  return 0;
}
