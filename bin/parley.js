#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (run `npm run build` first).
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 tier-up (speed, issue 7): V8 counts a function's bytecode executed against an "interrupt budget" before it
// considers optimizing it. With Node 20's default (67,584) the batch commands optimize hundreds of functions
// early, on scarce type feedback, and re-optimize many of them; four times the budget gave 6.6% fewer
// instructions on `extract --format eval` over 3,000 synthetic articles and 4.7% over the dev articles × 64
// (valgrind, cachegrind), with the same output. Set before the CLI's modules load, so that it covers all of them.
// Sixteen times (sixty-fifth session): with the code as it has grown since, TurboFan's compile threads took more
// CPU than its code saved: over the 47 dev articles × 5 in one process (at four times) the main thread ran ~3.2 s
// and the compile threads ~0.9 s besides; at sixteen times ~0.25 s, the main thread the same
// (and with V8's default, 2.9 s and 3.6 s). Whole `extract --format eval` processes, paired: own corpus (763
// articles) CPU ratio 0.75, 150 of them 0.90, 400 synthetic 0.97, the dev articles 0.99 (too short a run to
// optimise much either way); byte-identical output. See docs/architecture.md, speed.
setFlagsFromString('--interrupt-budget=1056000');
// TurboFan inlining budget (speed, issue 7): by default an optimised function may inline up to 920 bytes of
// callees' bytecode. The extractor's large functions call many mid-sized helpers, and optimising them with all
// of those inlined was most of TurboFan's ~16% of the process's instructions; 150 gave ~3.5% fewer instructions
// over 1,000 synthetic articles (80: -2.6%, 300: -2.6%, no inlining: -1.5%; valgrind), with the same output.
// Read when a function is optimised, so setting it here, before the CLI's modules load, covers all of them.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

// The extract command loads the CLI from the bundle when the build made one (scripts/bundle-cli.mjs: the ~470 modules
// one by one were ~225 ms of a one-article run; the bundle saves ~0.2 s of CPU per process, same output), and only when
// it is no older than the compiled main.js, so a compile without the bundle step never runs stale code. Every other
// command, or no bundle, loads the modules.
const src = new URL('../dist/src/', import.meta.url);
function entry() {
  const modules = new URL('cli/main.js', src);
  if (process.argv[2] !== 'extract') return modules;
  const bundle = new URL('bundle/main.js', src);
  try {
    return statSync(bundle).mtimeMs >= statSync(modules).mtimeMs ? bundle : modules;
  } catch {
    return modules;
  }
}
const { main } = await import(entry().href);
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
