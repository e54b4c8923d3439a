// The benchmark: prints tables of figures, never asserts. `npm run bench` builds, then runs
// node dist/bench/run.js [--articles N] [--runs N] [--sets synthetic,dev] [--sections cli,library] [--keep]
// Each section is a file bench/<name>.ts exporting a Section; add new ones (ingest rate,
// query latency, …) to SECTIONS below.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTable, ROOT, SHARED, type ArticleSet, type BenchContext, type Section } from './common.js';
import { adversarial } from './adversarial-section.js';
import { cliExtract } from './cli-extract.js';
import { generateArticles } from './generate.js';
import { language } from './language.js';
import { library } from './library.js';
import { memory } from './memory.js';
import { scale } from './scale.js';

const SECTIONS: Section[] = [cliExtract, library, memory, adversarial, scale, language];

const USAGE = `usage: node dist/bench/run.js [--articles N] [--runs N] [--sets synthetic,dev] [--sections ${SECTIONS.map((s) => s.name).join(',')}] [--keep]`;

/** Copies the dev articles round-robin under new names until there are at least `count`. */
function repeatArticles(from: string, dir: string, count: number): ArticleSet {
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(from).filter((n) => statSync(join(from, n)).isFile()).sort();
  let bytes = 0;
  for (let i = 0; names.length && i < count; i++) {
    const name = names[i % names.length];
    copyFileSync(join(from, name), join(dir, `r${String(Math.floor(i / names.length)).padStart(4, '0')}_${name}`));
    bytes += statSync(join(from, name)).size;
  }
  return { name: `dev×${Math.ceil(count / Math.max(1, names.length))}`, dir, files: Math.min(count, names.length ? count : 0), bytes };
}

function machine(pinned: boolean): string {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return [
    `node ${process.version} on ${type()} ${release()} (${process.arch})`,
    `CPU: ${cpu}, ${availableParallelism()} core(s) available, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `pinning: ${pinned ? 'taskset -c 0 (one core)' : 'none (taskset not found)'}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  ].join('\n');
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string', default: '3000' },
        runs: { type: 'string', default: '1' },
        sets: { type: 'string', default: 'synthetic,dev' },
        sections: { type: 'string', default: SECTIONS.map((s) => s.name).join(',') },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) { process.stdout.write(USAGE + '\n'); return 0; }
  const count = Number(values.articles), runs = Number(values.runs);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--articles and --runs must be positive whole numbers\n${USAGE}\n`);
    return 2;
  }
  const wantSets = new Set(values.sets.split(','));
  const sections = values.sections.split(',').map((n) => SECTIONS.find((s) => s.name === n) ?? n);
  const unknown = sections.filter((s): s is string => typeof s === 'string');
  if (unknown.length) { process.stderr.write(`unknown section(s): ${unknown.join(', ')}\n${USAGE}\n`); return 2; }

  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const tmp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`parley benchmark — ${new Date().toISOString()}`);
  out(machine(pinned));
  out('');
  try {
    const sets: ArticleSet[] = [];
    if (wantSets.has('synthetic')) {
      const t = Date.now();
      const g = generateArticles(join(tmp, 'synthetic'), count);
      sets.push({ name: 'synthetic', ...g });
      out(`set synthetic: ${g.files} generated articles, ${(g.bytes / 1e6).toFixed(1)} MB (${((Date.now() - t) / 1000).toFixed(1)} s to write)`);
    }
    const devArticles = join(SHARED, 'corpus', 'dev', 'articles');
    if (wantSets.has('dev')) {
      if (existsSync(devArticles)) {
        const s = repeatArticles(devArticles, join(tmp, 'dev'), count);
        sets.push(s);
        out(`set ${s.name}: the ${readdirSync(devArticles).length} dev articles repeated to ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB`);
      } else {
        out(`set dev: skipped, ${devArticles} not present`);
      }
    }
    out(`scratch: ${tmp}${values.keep ? ' (kept)' : ''}`);
    out('');
    const ctx: BenchContext = { root: ROOT, sets, pin: pinned ? ['taskset', '-c', '0'] : [], runs, tmp };
    for (const section of sections as Section[]) {
      try {
        for (const table of await section.run(ctx)) out(renderTable(table));
      } catch (e) {
        out(`section ${section.name} failed: ${(e as Error).message}\n`);
      }
    }
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

main().then((code) => { process.exitCode = code; });
