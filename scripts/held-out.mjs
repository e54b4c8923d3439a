// The held-out sets, in one place for every script that reads the corpora (quality.mjs, drop-audit.mjs): their
// gold files, relative to the repository root. A held-out set is scored only; its claims, and the claims on its
// documents under any other set, are never listed, diffed or traced, so that no rule is tuned on it. Releasing a
// set for tuning is taking it off this list (and saying so in quality.mjs's notes on the sets). The held-out case sets
// (paraphrase battery 2) are listed below the gold files, in HELD_OUT_CASES.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const HELD_OUT_GOLD = [
  'test/fixtures/own-corpus/gold-aa.jsonl',
  'test/fixtures/own-corpus/gold-ac.jsonl',
  'test/fixtures/own-corpus/gold-ae.jsonl',
  'test/fixtures/blind-raw/gold-fourth.jsonl',
];

// Held-out case sets (sentences or short passages with their expected claims, scored by quality.mjs as one line):
// never listed, per family or per case, by any script. Paraphrase battery 2 (written blind on 2026-11-30, eighteenth
// session: short multi-sentence passages, mostly of other disputes) is held out from the start.
export const HELD_OUT_CASES = [
  { name: 'paraphrase-2', path: 'test/fixtures/paraphrase/battery-2.jsonl' },
];

/** The documents of the held-out sets (their gold files that exist), under `root`: never run, listed or diffed. */
export function heldOutDocs(root, readJsonl) {
  return new Set(HELD_OUT_GOLD.map((f) => join(root, f)).filter((f) => existsSync(f)).flatMap((f) => readJsonl(f).map((g) => g.doc)));
}
