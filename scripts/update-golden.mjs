#!/usr/bin/env node
// Regenerates the expected claims of the golden articles: for every test/fixtures/golden/NAME.txt
// (or .html) writes NAME.claims.json with the full JSON of each claim the compiled extractor finds,
// minus volatile fields (see VOLATILE). Run after `npm run build`:
//   node scripts/update-golden.mjs          rewrite every .claims.json
//   node scripts/update-golden.mjs --check  exit 1 and name the files whose output changed
// Review the diff (git diff test/fixtures/golden) before committing: it is the change in extractor output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'test', 'fixtures', 'golden');
const DIST = join(ROOT, 'dist', 'src');
/** Fields left out of the golden files: the per-token mentions are internal detail that churns with every lexicon change. */
export const VOLATILE = ['mentions'];

if (!existsSync(join(DIST, 'extract', 'index.js'))) {
  console.error("update-golden: dist/ is missing; run 'npm run build' first");
  process.exit(2);
}
const { readArticleString } = await import(pathToFileURL(join(DIST, 'article', 'index.js')).href);
const { extract } = await import(pathToFileURL(join(DIST, 'extract', 'index.js')).href);

const check = process.argv.includes('--check');
const strip = (claim) => Object.fromEntries(Object.entries(claim).filter(([k]) => !VOLATILE.includes(k)));
let changed = 0;
let failed = 0;
const files = readdirSync(DIR).filter((f) => /\.(txt|html?)$/.test(f)).sort();
for (const file of files) {
  const results = readArticleString(readFileSync(join(DIR, file)), { source: file });
  const article = results[0]?.article;
  if (!article) {
    console.error(`${file}: ${results[0]?.problems.map((p) => p.message).join('; ')}`);
    failed++;
    continue;
  }
  const claims = extract(article, {}).map(strip);
  const out = join(DIR, file.replace(/\.[^.]+$/, '.claims.json'));
  const text = JSON.stringify(claims, null, 2) + '\n';
  const before = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (before === text) continue;
  changed++;
  if (check) console.log(`${file}: output differs from ${out.slice(ROOT.length + 1)}`);
  else { writeFileSync(out, text); console.log(`${out.slice(ROOT.length + 1)}: ${claims.length} claims`); }
}
if (!changed && !failed) console.log(`golden: ${files.length} articles, no change`);
process.exit(failed ? 1 : check && changed ? 1 : 0);
