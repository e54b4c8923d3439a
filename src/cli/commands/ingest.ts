// parley ingest: read articles (files, directories, URLs, feeds), extract their claims and store
// both, one transaction per article; then recompute stories and events.
import { parseArgs } from 'node:util';
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { Pipeline, type Processed } from '../../pipeline/index.js';
import { dbLocation, isPostgres, openStore } from '../../store/open.js';
import { oneLine } from '../../util/terminal.js';
import { META_OPTIONS, META_USAGE, metaOption, parseEarliest } from '../problems.js';

export const usage = `usage: parley ingest PATH|URL|FEED... [options]

Stores articles and the claims extracted from them in a database, then merges reports of the
same statement into events. Files and directories are read as by 'extract'; http(s) URLs are
fetched (article pages, or RSS/Atom feeds whose items are fetched in turn). Idempotent: an
article already stored (same content) is skipped unless the extractor changed, in which case
its claims are replaced. Safe to kill and rerun, and to run twice at once on one database.

options:
  --db FILE          database file (default ./parley.db)
  --max-bytes N      refuse inputs larger than N bytes (default 5 MiB)
  --earliest DATE    refuse publication dates before DATE (default 1900-01-01; lower it for
                     archives); dates more than a day in the future are refused too
  --lexicon DIR      extra lexicon directory (repeatable)
  --timeout SECONDS  time limit per URL fetch (default 20)
  --feed-timeout SECONDS
                     time budget for all the items of one feed (default 600); items left
                     when it runs out are skipped with a warning saying how many
  --allow-private    also fetch loopback, private, link-local and cloud metadata addresses
                     (refused by default, after DNS resolution and at every redirect)
  --progress         show the progress line even when stderr is not a terminal
  --no-link          skip recomputing events ('parley relink' or the next ingest does it)
  --queue            do not ingest here: put the inputs on the queue of the PostgreSQL database
                     for 'parley worker' processes (file contents, and URLs to fetch or feeds to poll)
  --retries N        with --queue: tries after a failure before a job is dead-lettered (default 3)
  --retry-delay SECONDS  with --queue: first retry delay, doubling each time (default 5)
  --job-timeout SECONDS  with --queue: a job still running after this (its worker died) runs again (default 300)
${META_USAGE}

Exit status: 0 all inputs stored, 1 some input failed, 2 usage error.`;

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got '${value}'`);
  return Math.floor(n);
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'max-bytes': { type: 'string' },
        earliest: { type: 'string' },
        lexicon: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'feed-timeout': { type: 'string' },
        'allow-private': { type: 'boolean' },
        progress: { type: 'boolean' },
        'no-link': { type: 'boolean' },
        queue: { type: 'boolean' },
        retries: { type: 'string' },
        'retry-delay': { type: 'string' },
        'job-timeout': { type: 'string' },
        ...META_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(`nothing to ingest\n${usage}`);
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes');
  const timeout = positiveInt(values.timeout, '--timeout');
  const feedTimeout = positiveInt(values['feed-timeout'], '--feed-timeout');
  const lexiconDirs = values.lexicon ?? [];
  const dbPath = dbLocation(values.db);
  const meta = metaOption(values);

  if (values.queue) {
    const retries = values.retries === undefined ? undefined : Number(values.retries);
    if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) throw new UsageError(`--retries must be a whole number ≥ 0, got '${values.retries}'`);
    return enqueueOnly(dbPath, positionals, io, {
      maxBytes, retryLimit: retries, retryDelay: positiveInt(values['retry-delay'], '--retry-delay'),
      expireInSeconds: positiveInt(values['job-timeout'], '--job-timeout'),
    });
  }
  for (const o of ['retries', 'retry-delay', 'job-timeout'] as const) if (values[o] !== undefined) throw new UsageError(`--${o} goes with --queue`);

  const store = await openStore(dbPath);
  const pipeline = await Pipeline.create(store, {
    lexiconDirs, maxBytes, earliest: parseEarliest(values.earliest), timeoutMs: timeout ? timeout * 1000 : undefined,
    feedTimeoutMs: feedTimeout ? feedTimeout * 1000 : undefined, allowPrivate: !!values['allow-private'], meta,
  });
  const counts = { new: 0, unchanged: 0, updated: 0, failed: 0, claims: 0 };
  /** Articles stored without claims because of their language, by language. */
  const languages = new Map<string, number>();
  const started = Date.now();
  const showProgress = !!values.progress || !!process.stderr.isTTY;
  const tty = !!process.stderr.isTTY;
  let lastProgress = 0;
  let progressShown = false;
  const progress = (final = false) => {
    if (!showProgress) return;
    const now = Date.now();
    if (!final && now - lastProgress < (tty ? 200 : 2000)) return;
    lastProgress = now;
    const done = counts.new + counts.unchanged + counts.updated + counts.failed;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const line = `ingest: ${done} inputs — ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed — ${rate.toFixed(1)}/s`;
    if (tty) io.err(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else io.err(line + '\n');
    progressShown = !final && tty;
  };
  const clearProgress = () => { if (progressShown) { io.err('\r\x1b[2K'); progressShown = false; } };

  const report = (r: Processed) => {
    for (const p of r.problems) {
      clearProgress();
      const line = p.message.startsWith(p.source) ? p.message : `${p.source}: ${p.message}`;
      io.err(`${oneLine(line)}${p.fatal ? '' : ' (warning)'}\n`);
    }
    if (r.error) {
      clearProgress();
      io.err(`${oneLine(r.source)}: could not be stored (${oneLine(r.error)})\n`);
    }
    if (r.outcome !== 'noted') counts[r.outcome]++;
    counts.claims += r.claims;
    if (r.unsupportedLanguage) languages.set(r.unsupportedLanguage, (languages.get(r.unsupportedLanguage) ?? 0) + 1);
    progress();
  };

  try {
    for await (const r of pipeline.ingest(positionals)) {
      report(r);
      // A full disk or a broken database fails every later article the same way: one clear message
      // instead of thousands of identical lines. Each article is one transaction, so what was
      // stored is consistent and the same command, run again, goes on where this one stopped.
      if (r.storageFailure) {
        clearProgress();
        io.err(`ingest: stopped at the first storage failure (${oneLine(r.error ?? 'unknown error')}); ` +
          `${counts.new + counts.updated} articles stored before it are safe and the database is consistent. ` +
          `Free space or fix the database, then run the same command again.\n`);
        return 1;
      }
    }
    if (showProgress) progress(true);
    let linkNote = '';
    if (!values['no-link'] && (counts.new > 0 || counts.updated > 0 || (await store.stats()).linksStale)) {
      const link = await pipeline.link();
      linkNote = link.incremental
        ? `; ${link.events} events (linked incrementally: ${link.incremental.reports} reports, ${link.incremental.written} events rewritten)`
        : `; ${link.events} events, ${link.stories} multi-article stories`;
    }
    const secs = (Date.now() - started) / 1000;
    io.err(`ingest: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed` +
      ` (${counts.claims} claims stored, ${secs.toFixed(1)} s)${linkNote} → ${store.location}\n`);
    if (languages.size) {
      const n = [...languages.values()].reduce((a, b) => a + b, 0);
      const list = [...languages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l, k]) => `${k} ${l}`).join(', ');
      io.err(`ingest: ${n} article${n === 1 ? '' : 's'} in languages Parley does not read (${list}): stored without claims\n`);
    }
  } finally {
    await store.close();
  }
  return counts.failed > 0 ? 1 : 0;
}

/** `--queue`: the inputs become jobs for `parley worker`. */
async function enqueueOnly(location: string, inputs: string[], io: CommandIO,
  options: { maxBytes?: number; retryLimit?: number; retryDelay?: number; expireInSeconds?: number }): Promise<number> {
  if (!isPostgres(location)) throw new UsageError('--queue needs a PostgreSQL database: pass --db postgres://… (or set PARLEY_DB)');
  const { openQueue } = await import('../../queue/queue.js');
  const { enqueueInputs } = await import('../../queue/enqueue.js');
  // The store is opened first so that its schema exists for the workers.
  const store = await openStore(location);
  await store.close();
  const boss = await openQueue(location);
  try {
    const r = await enqueueInputs(boss, inputs, options);
    for (const p of r.problems) io.err(p + '\n');
    io.err(`ingest --queue: ${r.queued} jobs queued, ${r.problems.length} inputs refused → ${store.location} (run 'parley worker')\n`);
    return r.problems.length ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
  }
}
