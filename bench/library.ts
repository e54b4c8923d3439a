// Section: in-process library throughput, readInputs + extract over the same files, measured in
// a fresh child process pinned to one core (node dist/bench/library.js DIR prints JSON).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Article } from '../src/article/types.js';
import { best, DIST_BENCH, fmt, type BenchContext, type Section, type Table } from './common.js';

export interface LibraryFigures {
  files: number;
  bytes: number;
  failed: number;
  claims: number;
  /** ms for pass 1 (read only), pass 2 (read + extract, cold), pass 3 (read + extract, warm); null without an extractor. */
  readMs: number;
  coldMs: number | null;
  warmMs: number | null;
  /** CPU (user + system) ms of the warm pass. */
  warmCpuMs: number | null;
  /** Why extraction was not measured. */
  extractError?: string;
  heapUsedMb: number;
}

/** Runs the three passes over `dir` in this process. */
export async function measureLibrary(dir: string): Promise<LibraryFigures> {
  const { readInputs } = await import('../src/article/index.js');
  let extract: ((a: Article) => unknown[]) | null = null;
  let extractError: string | undefined;
  try {
    ({ extract } = await import('../src/extract/index.js'));
  } catch (e) {
    extractError = (e as Error).message;
  }
  const pass = async (withExtract: boolean) => {
    let files = 0, bytes = 0, failed = 0, claims = 0;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for await (const { article } of readInputs([dir])) {
      files++;
      if (!article) { failed++; continue; }
      bytes += Buffer.byteLength(article.rawBody);
      if (withExtract && extract) claims += extract(article).length;
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    return { files, bytes, failed, claims, ms, cpuMs: (used.user + used.system) / 1000 };
  };
  const read = await pass(false);
  const cold = extract ? await pass(true) : null;
  const warm = extract ? await pass(true) : null;
  return {
    files: read.files, bytes: read.bytes, failed: read.failed, claims: warm?.claims ?? 0,
    readMs: read.ms, coldMs: cold?.ms ?? null, warmMs: warm?.ms ?? null, warmCpuMs: warm?.cpuMs ?? null,
    heapUsedMb: process.memoryUsage().heapUsed / 1e6, ...(extractError ? { extractError } : {}),
  };
}

export const library: Section = {
  name: 'library',
  async run(ctx: BenchContext): Promise<Table[]> {
    const rows: Table['rows'] = [];
    const notes: string[] = [];
    for (const set of ctx.sets) {
      const r = await best(ctx.runs, [...ctx.pin, process.execPath, join(DIST_BENCH, 'library.js'), set.dir], { keepStdout: true });
      if (r.status !== 0) {
        notes.push(`${set.name}: failed (exit ${r.status}): ${r.stderrHead}`);
        continue;
      }
      const f = JSON.parse(r.stdout) as LibraryFigures;
      const perS = (ms: number | null) => (ms == null ? 'n/a' : fmt.num(f.files / (ms / 1000)));
      const mbS = (ms: number | null) => (ms == null ? 'n/a' : fmt.num(f.bytes / 1e6 / (ms / 1000), 2));
      const claims = f.warmMs == null ? 'n/a' : fmt.num(f.claims / Math.max(1, f.files - f.failed), 2);
      rows.push([set.name, fmt.int(f.files), fmt.mb(f.bytes), perS(f.readMs), mbS(f.readMs), perS(f.coldMs), perS(f.warmMs), perS(f.warmCpuMs), mbS(f.warmMs), claims, fmt.rss(r.peakRssKb)]);
      if (f.failed) notes.push(`${set.name}: ${f.failed} input(s) could not be read`);
      if (f.extractError) notes.push(`${set.name}: extraction not measured: ${f.extractError}`);
    }
    return [{
      title: 'Library: readInputs + extract in one process (pinned)',
      columns: ['set', 'articles', 'body text', 'read/s', 'read MB/s', 'read+extract/s cold', 'warm', 'warm per CPU-s', 'warm MB/s', 'claims/article', 'peak RSS'],
      rows,
      notes: ['cold = first pass with extraction (JIT and lexicon warm-up included); warm = second pass; MB/s of body text', ...notes],
    }];
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node dist/bench/library.js DIR\n');
    process.exit(2);
  }
  measureLibrary(dir).then((f) => process.stdout.write(JSON.stringify(f) + '\n'), (e) => {
    process.stderr.write(`library bench: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
