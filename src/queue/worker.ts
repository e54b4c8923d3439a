// A queue worker: takes ingest jobs, runs each through the pipeline, and links what it stored.
// Several workers (processes, machines) share one queue and one database.
import type PgBoss from 'pg-boss';
import { link } from '../link/index.js';
import { Pipeline, type PipelineOptions } from '../pipeline/index.js';
import type { Store } from '../store/types.js';
import { enqueue, INGEST_QUEUE, numberEnv, openQueue, type IngestJob, type QueueOptions } from './queue.js';

/** Jobs fetched at once by each work loop. */
const BATCH = 10;

export interface WorkerOptions extends PipelineOptions, QueueOptions {
  /** Jobs processed at once in this process (default 1: extraction is CPU-bound; more helps with slow fetches). */
  concurrency?: number;
  /** How often stored articles are linked, in ms (default 2000). */
  linkEveryMs?: number;
  /** Progress lines (one per job). */
  log?: (line: string) => void;
  /**
   * Holds each job this many ms before processing it (default 0; env PARLEY_WORKER_JOB_DELAY_MS). A fault-injection
   * aid: a drill or a test that kills a worker needs it to have jobs in hand at that moment, and on a fast machine a
   * whole batch can be stored before any outside observer reacts.
   */
  jobDelayMs?: number;
}

export interface RunningWorker {
  /** Stops taking jobs, finishes the ones in hand, links, closes. */
  stop(): Promise<void>;
  readonly counts: { new: number; unchanged: number; updated: number; failed: number };
}

/** Processes one job; throws (so the queue retries it, then dead-letters it) when it cannot be done. */
export async function processJob(pipeline: Pipeline, boss: PgBoss, job: IngestJob): Promise<{ outcomes: string[]; detail: string }> {
  if (job.kind === 'article') {
    const results = pipeline.readString(Buffer.from(job.content, 'base64'), job.source, job.format);
    const stored: string[] = [];
    const outcomes: string[] = [];
    for (const r of results) {
      const p = await pipeline.process(r);
      if (p.outcome === 'failed') {
        const why = p.error ?? p.problems.filter((x) => x.fatal).map((x) => x.message).join('; ') ?? 'unreadable';
        throw new Error(why.startsWith(job.source) ? why : `${job.source}: ${why || 'could not be read'}`);
      }
      stored.push(`${p.doc}: ${p.outcome}, ${p.claims} claims`);
      outcomes.push(p.outcome);
    }
    if (!results.length) throw new Error(`${job.source}: no article in it`);
    return { outcomes, detail: stored.join('; ') };
  }
  const fetched = await pipeline.fetchSource(job.url);
  if (fetched.kind === 'failed') throw new Error(`${job.url}: ${fetched.problem.message}`);
  if (fetched.kind === 'feed') {
    // A feed poll: each item becomes its own job, so items spread over the workers.
    const n = await enqueue(boss, fetched.links.map((url) => ({ kind: 'url', url })));
    return { outcomes: [], detail: `feed: ${n} items queued` };
  }
  const out: string[] = [];
  const outcomes: string[] = [];
  for (const r of fetched.results) {
    const p = await pipeline.process(r);
    if (p.outcome === 'failed') {
      const why = p.error ?? p.problems.map((x) => x.message).join('; ');
      throw new Error(why.startsWith(job.url) ? why : `${job.url}: ${why}`);
    }
    out.push(`${p.doc}: ${p.outcome}, ${p.claims} claims`);
    outcomes.push(p.outcome);
  }
  return { outcomes, detail: out.join('; ') };
}

export async function startWorker(store: Store, url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const pipeline = await Pipeline.create(store, options);
  const boss = await openQueue(url, { ...options, supervise: true });
  const counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const log = options.log ?? (() => undefined);
  let dirty = false;
  let linking: Promise<void> = Promise.resolve();
  const linkNow = () => {
    linking = linking.then(async () => {
      if (!dirty) return;
      dirty = false;
      try {
        const r = await link(store);
        if (r.ran) log(`linked: ${r.events} events`);
      } catch (error) {
        dirty = true;
        log(`link failed, will retry: ${(error as Error).message}`);
      }
    });
    return linking;
  };
  const timer = setInterval(() => { void linkNow(); }, options.linkEveryMs ?? 2000);
  const ids: string[] = [];
  const delay = options.jobDelayMs ?? numberEnv('PARLEY_WORKER_JOB_DELAY_MS') ?? 0;
  for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i++) {
    // pg-boss waits its polling interval between fetches, so each fetch takes a batch; a job that
    // fails is failed on its own (retried, then dead-lettered) and the rest of the batch completes.
    ids.push(await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: BATCH, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) {
        const name = job.data.kind === 'article' ? job.data.source : job.data.url;
        try {
          if (delay > 0) await new Promise((r) => setTimeout(r, delay));
          const r = await processJob(pipeline, boss, job.data);
          for (const o of r.outcomes) counts[o as 'new']++;
          if (r.outcomes.some((o) => o === 'new' || o === 'updated')) dirty = true;
          log(`${name}: ${r.detail}`);
        } catch (error) {
          counts.failed++;
          const message = (error as Error).message.split('\n')[0];
          log(`${name}: failed (${message})`);
          await boss.fail(INGEST_QUEUE, job.id, { message });
        }
      }
    }));
  }
  return {
    counts,
    async stop() {
      for (const id of ids) await boss.offWork({ id }).catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 60_000 }).catch(() => undefined);
      clearInterval(timer);
      dirty = true;
      await linkNow();
    },
  };
}
