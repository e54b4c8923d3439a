#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (run `npm run build` first).
import { setFlagsFromString } from 'node:v8';

// V8 tier-up (speed, issue 7): V8 counts a function's bytecode executed against an "interrupt budget" before it
// considers optimizing it. With Node 20's default (67,584) the batch commands optimize hundreds of functions
// early, on scarce type feedback, and re-optimize many of them; four times the budget gave 6.6% fewer
// instructions on `extract --format eval` over 3,000 synthetic articles and 4.7% over the dev articles × 64
// (valgrind, cachegrind), with the same output. Set before the CLI's modules load, so that it covers all of them.
setFlagsFromString('--interrupt-budget=264000');
// TurboFan inlining budget (speed, issue 7): by default an optimised function may inline up to 920 bytes of
// callees' bytecode. The extractor's large functions call many mid-sized helpers, and optimising them with all
// of those inlined was most of TurboFan's ~16% of the process's instructions; 150 gave ~3.5% fewer instructions
// over 1,000 synthetic articles (80: -2.6%, 300: -2.6%, no inlining: -1.5%; valgrind), with the same output.
// Read when a function is optimised, so setting it here, before the CLI's modules load, covers all of them.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

const { main } = await import('../dist/src/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
