// Distributed ingest on pg-boss (a job queue kept in PostgreSQL): `parley ingest --queue` enqueues
// articles (file contents) and URLs (pages, or feeds to poll); `parley worker` processes them on
// as many processes and machines as point at the database. Failed jobs are retried with
// exponential backoff, then moved to a dead-letter queue with their error (`parley jobs`).
// Each article's effect is applied once even when its job runs twice: storing is idempotent by
// content hash (one transaction) and linking is incremental under an advisory lock.
import PgBoss from 'pg-boss';

export const INGEST_QUEUE = 'parley-ingest';
export const DEAD_QUEUE = 'parley-ingest-dead';

/** One unit of work. */
export type IngestJob =
  | { kind: 'article'; source: string; format?: 'text' | 'html' | 'json'; content: string; encoding: 'base64' }
  | { kind: 'url'; url: string };

export interface QueueOptions {
  /** Tries after the first failure (default 3), backing off exponentially from `retryDelay` seconds. */
  retryLimit?: number;
  retryDelay?: number;
  /** A job still active after this many seconds (its worker died) is failed and retried. Default 300. */
  expireInSeconds?: number;
  /** How often expired jobs are swept (default 30 s; tests use 1). */
  maintenanceSeconds?: number;
  /** Whether this process sweeps expired jobs (workers do, enqueuers need not). */
  supervise?: boolean;
}

/** pg-boss's tables live in their own schema: "pgboss", or "<schema>_boss" for a ?schema=NAME database. */
export function bossTarget(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema: schema ? `${schema}_boss` : 'pgboss' };
}

export function numberEnv(name: string): number | undefined {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** Starts pg-boss on the database (creating its schema and the two queues as needed). */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const target = bossTarget(url);
  const boss = new PgBoss({
    ...target,
    max: 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? numberEnv('PARLEY_QUEUE_MAINTENANCE_SECONDS') ?? 30,
  });
  boss.on('error', (error: Error) => {
    if (process.env.PARLEY_DEBUG) process.stderr.write(`queue: ${error.message}\n`);
  });
  await boss.start();
  await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retentionMinutes: 60 * 24 * 30 } as PgBoss.Queue);
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    retryLimit: options.retryLimit ?? 3,
    retryDelay: options.retryDelay ?? 5,
    retryBackoff: true,
    expireInSeconds: options.expireInSeconds ?? numberEnv('PARLEY_QUEUE_EXPIRE_SECONDS') ?? 300,
    deadLetter: DEAD_QUEUE,
  } as PgBoss.Queue);
  return boss;
}

/** Sends jobs in batches; returns how many were queued. */
export async function enqueue(boss: PgBoss, jobs: IngestJob[], options: QueueOptions = {}): Promise<number> {
  let n = 0;
  for (let i = 0; i < jobs.length; i += 200) {
    const chunk = jobs.slice(i, i + 200);
    await boss.insert(chunk.map((data) => ({
      name: INGEST_QUEUE, data,
      ...(options.retryLimit != null ? { retryLimit: options.retryLimit } : {}),
      ...(options.retryDelay != null ? { retryDelay: options.retryDelay } : {}),
      ...(options.expireInSeconds != null ? { expireInSeconds: options.expireInSeconds } : {}),
    })));
    n += chunk.length;
  }
  return n;
}
