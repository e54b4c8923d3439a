// Shared pieces of the benchmark: the section contract, repository paths, process measurement
// and table printing. A new section (ingest rate, query latency, …) is a file bench/<name>.ts
// exporting a `Section`, listed in run.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '../src/util/repo-root.js';

/** A directory of article files the sections run over. */
export interface ArticleSet {
  name: string;
  dir: string;
  files: number;
  bytes: number;
}

export interface BenchContext {
  root: string;
  sets: ArticleSet[];
  /** Command prefix that pins a process to one core, e.g. ['taskset', '-c', '0'], or []. */
  pin: string[];
  /** Repetitions per measurement; the best is reported. */
  runs: number;
  /** Scratch directory, removed at the end unless --keep. */
  tmp: string;
}

export interface Table {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  notes?: string[];
}

export interface Section {
  name: string;
  run(ctx: BenchContext): Promise<Table[]>;
}

/** Repository root, whether this runs from bench/ (tsx) or dist/bench/. */
export const ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const BIN = join(ROOT, 'bin', 'parley.js');
/** The shared workplace folder next to the repository; may be absent. */
export const SHARED = resolve(ROOT, '..', 'shared');
/** Compiled bench scripts (child processes run these). */
export const DIST_BENCH = join(ROOT, 'dist', 'bench');

export interface ProcessResult {
  status: number | null;
  wallMs: number;
  /** Peak resident set size of the child in KiB, null when it could not be measured. */
  peakRssKb: number | null;
  /** User + system CPU time of the child in ms (GNU time only), null otherwise. */
  cpuMs: number | null;
  stdout: string;
  stderrLines: number;
  stderrHead: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command, measuring wall time and peak RSS. Uses GNU time (-f %M) when present,
 * else polls VmHWM in /proc/<pid>/status (taskset execs, so the pid is the node process).
 * stdout is discarded unless `keepStdout`.
 */
export function measure(cmd: string[], options: { keepStdout?: boolean; cwd?: string } = {}): Promise<ProcessResult> {
  const useTime = existsSync(GNU_TIME);
  const scratch = useTime ? mkdtempSync(join(tmpdir(), 'parley-time-')) : null;
  const timeFile = scratch ? join(scratch, 'rss') : '';
  const argv = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...cmd] : cmd;
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd ?? ROOT, stdio: ['ignore', options.keepStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stderrLines = 0;
    let hwm: number | null = null;
    child.stdout?.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 2000) stderr += d;
      stderrLines += d.split('\n').length - 1;
    });
    const poll = useTime ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm ?? 0, Number(m[1]));
      } catch { /* exited, or no /proc */ }
    }, 5);
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (poll) clearInterval(poll);
      let peak = hwm;
      let cpuMs: number | null = null;
      if (scratch) {
        try {
          // The last line is ours; a line before it may say "Command exited with non-zero status".
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [rss, user, sys] = lines[lines.length - 1].split(' ').map(Number);
          peak = rss || null;
          cpuMs = Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
        } catch { peak = null; }
        rmSync(scratch, { recursive: true, force: true });
      }
      resolvePromise({ status, wallMs, peakRssKb: peak, cpuMs, stdout, stderrLines, stderrHead: stderr.split('\n')[0] ?? '' });
    });
  });
}

/** Best (shortest wall time) of `runs` measurements. */
export async function best(runs: number, cmd: string[], options?: { keepStdout?: boolean }): Promise<ProcessResult> {
  let result: ProcessResult | null = null;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const r = await measure(cmd, options);
    if (!result || r.wallMs < result.wallMs) result = r;
  }
  return result as ProcessResult;
}

export const fmt = {
  int: (n: number): string => Math.round(n).toLocaleString('en-US'),
  num: (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ms: (n: number | null): string => (n == null ? 'n/a' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`),
  mb: (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`,
  rss: (kb: number | null): string => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MiB`),
};

/** A table with right-aligned numbers and left-aligned text. */
export function renderTable(t: Table): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(String))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = t.columns.map((_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === 'number' || /^[\d.,]+( \w+)?$|^n\/a$|^$/.test(String(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [t.title, '-'.repeat(t.title.length), line(t.columns), line(widths.map((w) => '-'.repeat(w))), ...t.rows.map((r) => line(r.map(String)))];
  for (const n of t.notes ?? []) out.push(`  ${n}`);
  return out.join('\n') + '\n';
}
