// Bundles the compiled CLI (dist/src/cli/main.js and every module it imports, chrono-node's ~60 files too) into a few
// files in dist/src/bundle/ (main.js, and one chunk per lazily loaded command and per code they share, so that the
// extract command still loads no SQLite, PostgreSQL or web server code), which bin/parley.js loads for the `extract`
// command (speed, sixty-fourth session). The folder sits beside dist/src/lexicon/, so that '../lexicon/data/' from
// import.meta.url finds the lexicon's data from the bundle as from lexicon/load.js (and pipeline/version.ts's '..' is
// dist/src from both).
// Loading ~470 ES modules one by one (resolve, read, compile, link) was ~225 ms of the ~0.6 s a one-article
// `parley extract` took; the bundle saves ~0.2 s of CPU per process (paired runs: one article 0.67 of the CPU, the 47
// dev articles 0.83), with byte-identical output. The modules in dist/ stay as they are: tests, the
// library and every other command use them. Packages that load native code or are loaded only by other commands
// stay outside the bundle. esbuild comes with tsx (devDependencies); without it no bundle is made and the launcher
// loads the modules as before. Run by `npm run build` after tsc.
import { rmSync } from 'node:fs';

const OUT = 'dist/src/bundle';
rmSync(OUT, { recursive: true, force: true });
let esbuild;
try { esbuild = await import('esbuild'); } catch { console.error('bundle-cli: esbuild not found; bin/parley.js will load the modules'); process.exit(0); }
await esbuild.build({
  entryPoints: ['dist/src/cli/main.js'],
  outdir: OUT,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // (Native or optional packages, and those read-html.ts loads with createRequire: resolved at run time as before.)
  external: ['better-sqlite3', 'pg', 'playwright-core', 'linkedom', '@mozilla/readability'],
});
