// The held-out sets, in one place for every script that reads the corpora (quality.mjs, drop-audit.mjs): their
// gold files, relative to the repository root. A held-out set is scored only; its claims, and the claims on its
// documents under any other set, are never listed, diffed or traced, so that no rule is tuned on it. Releasing a
// set for tuning is taking it off this list (and saying so in quality.mjs's notes on the sets). The held-out case sets
// (paraphrase battery 2) are listed below the gold files, in HELD_OUT_CASES.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const HELD_OUT_GOLD = [
  'test/fixtures/own-corpus/gold-bo.jsonl',
  'test/fixtures/own-corpus/gold-bp.jsonl',
  'test/fixtures/own-corpus/gold-bq.jsonl',
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

/**
 * The tuning sets the audits read (drop-audit.mjs, claim-audit.mjs), as [name, gold path, doc -> candidate article
 * paths]: the dev corpus, every own set not held out, every blind raw set not held out. A set released for tuning joins
 * them by leaving HELD_OUT_GOLD.
 */
// (Some own articles are web pages or JSON exports, read by the same readers as text: the audits try each.)
const OWN_EXTENSIONS = ['txt', 'html', 'htm', 'json'];

export function tuningSets(root) {
  const shared = join(root, '..', 'shared');
  const own = join(root, 'test/fixtures/own-corpus');
  const sets = [['dev', join(shared, 'corpus/dev/gold.jsonl'), (d) => [join(shared, 'corpus/dev/articles', `${d}.txt`)]]];
  for (const f of readdirSync(own).filter((x) => /^gold-[a-z]+\.jsonl$/.test(x)).sort()) {
    if (HELD_OUT_GOLD.includes(`test/fixtures/own-corpus/${f}`)) continue;
    sets.push([`own-${f.slice(5, -6)}`, join(own, f), (d) => OWN_EXTENSIONS.map((x) => join(own, 'articles', `${d}.${x}`))]);
  }
  for (const s of ['early', 'late', 'third', 'fourth', 'fifth', 'sixth']) {
    if (HELD_OUT_GOLD.includes(`test/fixtures/blind-raw/gold-${s}.jsonl`)) continue;
    sets.push([`blind-${s}`, join(root, `test/fixtures/blind-raw/gold-${s}.jsonl`), (d) => ['early', 'late'].map((f) => join(shared, 'corpus/raw', f, `${d}.txt`))]);
  }
  return sets;
}
