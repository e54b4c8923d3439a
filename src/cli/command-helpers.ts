// Shared plumbing of the query commands (positions, events, search, export).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CommandIO } from './io.js';
import { oneLine } from '../util/terminal.js';
import { dbLocation, openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { checkActor, checkDate, checkIssue, checkRange, checkRegion, checkType, FilterError } from '../filters/validate.js';
import { lexiconVocabulary } from '../filters/vocabulary.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<T extends Options>(args: string[], options: T, usage: string, positionals = false):
  ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true as const });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

/**
 * Opens an existing database read-only for querying: a read command never changes it (issue 10).
 * Articles stored since the last linking (`ingest --no-link`, a killed ingest) are not in the events
 * yet: that is said on stderr, with the command that links them.
 */
export async function openForQuery(path: string | undefined, io?: CommandIO): Promise<Store> {
  const location = dbLocation(path);
  const store = await openStore(location, { mustExist: true, readOnly: true });
  try {
    if (io && (await store.stats()).linksStale) {
      io.err(`note: articles stored since the last linking are not in the events yet; run 'parley relink --db ${oneLine(location)}' to link them\n`);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export function dateOption(value: string | undefined, end: boolean, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return checkDate(value, end, name);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export interface FilterOptions { actor?: string; issue?: string; type?: string; region?: string; from?: string; to?: string }

/**
 * Checks the filter options of a query command exactly as the API checks its parameters
 * (filters/validate.ts): codes in any case, parties and regions by name, and an unknown value is a
 * usage error naming the nearest valid ones. Codes that occur only in the data are accepted too.
 */
export async function checkFilterOptions(values: FilterOptions, store: Store | null, lexiconDirs: string[] = []): Promise<FilterOptions> {
  const run = (vocab = lexiconVocabulary(lexiconDirs)): FilterOptions => {
    const out: FilterOptions = {};
    if (values.actor !== undefined) out.actor = checkActor(values.actor, vocab, '--actor');
    if (values.issue !== undefined) out.issue = checkIssue(values.issue, '--issue');
    if (values.type !== undefined) out.type = checkType(values.type, '--type');
    if (values.region !== undefined) out.region = checkRegion(values.region, vocab, '--region');
    if (values.from !== undefined) out.from = checkDate(values.from, false, '--from');
    if (values.to !== undefined) out.to = checkDate(values.to, true, '--to');
    checkRange(out.from, out.to, ['--from', '--to']);
    return out;
  };
  try {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof FilterError) || !store || !/^unknown_(actor|region)$/.test(error.code)) throw error;
      // Not in the lexicon: perhaps a code only the data knows (claims made with another lexicon).
      const events = await store.listEvents();
      return run(lexiconVocabulary(lexiconDirs, { actors: events.map((e) => e.actor), regions: events.flatMap((e) => e.regions) }));
    }
  } catch (error) {
    if (error instanceof FilterError) throw new UsageError(error.message);
    throw error;
  }
}

export function formatOption(value: string | undefined, allowed: string[], fallback: string): string {
  const f = value ?? fallback;
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${f}'`);
  return f;
}

/** A plain-text table with left-aligned columns. */
export function table(headers: string[], rows: string[][], maxWidth = 60): string {
  const clip = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  // Each cell on one line, with control characters from the data escaped (util/terminal.ts).
  const cells = [headers, ...rows].map((r) => r.map((c) => clip(oneLine(String(c ?? '').replace(/\s+/g, ' ')))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

export function dateText(start: string | null, end: string | null): string {
  if (!start) return '—';
  return start === end || !end ? start : `${start}..${end}`;
}
