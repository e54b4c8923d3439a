// A word list's entries may be phrases of several words ("stand in the way", "no different"): several rules ask
// whether one of them starts at a token. One helper for that question, instead of a split-and-compare loop per rule.
// A list's phrases are split into words once per list (kept by the list's identity, as the lexicon index builds
// each list once; a list must not change after its first use), not again for every token a rule asks at (speed).
import type { Token } from './tokenize.js';

const splitLists = new WeakMap<Iterable<string>, string[][]>();
/** The phrases of a word list split into words, in the list's order; split once per list. */
export function splitPhrases(list: Iterable<string>): string[][] {
  let split = splitLists.get(list);
  if (split === undefined) { split = [...list].map((p) => p.split(' ')); splitLists.set(list, split); }
  return split;
}

const byFirstWord = new WeakMap<Iterable<string>, Map<string, string[][]>>();
/** The phrases of a word list split into words, by their first word; built once per list. */
function phrasesByFirst(list: Iterable<string>): Map<string, string[][]> {
  let m = byFirstWord.get(list);
  if (m === undefined) {
    m = new Map();
    for (const parts of splitPhrases(list)) {
      const xs = m.get(parts[0]);
      if (xs === undefined) m.set(parts[0], [parts]); else xs.push(parts);
    }
    byFirstWord.set(list, m);
  }
  return m;
}

/** The end (exclusive) of the longest of `phrases` (lower-case words joined by single spaces) starting at token k, or -1. */
export function phraseEnd(tokens: readonly Token[], k: number, phrases: Iterable<string>): number {
  const first = tokens[k]?.lower;
  if (first === undefined) return -1;
  const candidates = phrasesByFirst(phrases).get(first);
  if (candidates === undefined) return -1;
  let end = -1;
  for (const parts of candidates) {
    if (k + parts.length <= end) continue;
    if (parts.every((p, n) => tokens[k + n]?.lower === p)) end = k + parts.length;
  }
  return end;
}
