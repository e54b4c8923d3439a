#!/usr/bin/env node
// Regenerates the README's "What it produces" block from the real example run: the commands listed
// in SAMPLES run on examples/articles (built CLI, a scratch database), and their output replaces the
// text between the README's `<!-- readme-sample:start -->` and `<!-- readme-sample:end -->` markers.
//   npm run readme:sample            rewrite the block (after `npm run build`)
//   node scripts/readme-sample.mjs --check   exit 1 when the README differs from the real output
// test/cli/readme.test.ts runs the check, so a change in output fails until this script is re-run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const START = '<!-- readme-sample:start -->';
const END = '<!-- readme-sample:end -->';
/** What the README shows: the command as typed, and the arguments it really runs with (scratch db). */
const SAMPLES = [
  { shown: 'parley extract examples/articles/2025-08-alaska-summit.txt', args: ['extract', 'examples/articles/2025-08-alaska-summit.txt'] },
  { shown: 'parley ingest examples/articles --db example.db', args: ['ingest', 'examples/articles', '--db', '$DB'], stderr: true },
  { shown: 'parley positions --db example.db --actor RUS --issue territory', args: ['positions', '--db', '$DB', '--actor', 'RUS', '--issue', 'territory'] },
];

if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
  console.error("readme-sample: dist/ is missing; run 'npm run build' first");
  process.exit(2);
}

/** The block as it should read now. Timings in the ingest summary vary from run to run: shown as "…". */
export function sampleBlock() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-readme-'));
  try {
    const db = join(dir, 'example.db');
    const parts = [];
    for (const s of SAMPLES) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'parley.js'), ...s.args.map((a) => (a === '$DB' ? db : a))], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${s.shown}: exit ${r.status}: ${r.stderr}`);
      let out = (s.stderr ? r.stderr : r.stdout).replaceAll(db, 'example.db').replace(/\d+\.\d s\)/g, '… s)').trimEnd();
      parts.push(`$ ${s.shown}\n${out}`);
    }
    return '```\n' + parts.join('\n\n') + '\n```';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = readFileSync(README, 'utf8');
const a = text.indexOf(START);
const b = text.indexOf(END);
if (a < 0 || b < a) {
  console.error(`readme-sample: README.md has no ${START} … ${END} block`);
  process.exit(2);
}
const want = `${text.slice(0, a + START.length)}\n${sampleBlock()}\n${text.slice(b)}`;
if (process.argv.includes('--check')) {
  if (want !== text) {
    console.error("readme-sample: the README's sample output differs from what the commands print now; run 'npm run readme:sample' and review the diff");
    process.exit(1);
  }
  console.log('readme-sample: README matches the real output');
} else if (want !== text) {
  writeFileSync(README, want);
  console.log('readme-sample: README.md updated');
} else {
  console.log('readme-sample: no change');
}
