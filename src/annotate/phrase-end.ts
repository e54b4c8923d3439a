// A word list's entries may be phrases of several words ("stand in the way", "no different"): several rules ask
// whether one of them starts at a token. One helper for that question, instead of a split-and-compare loop per rule.
import type { Token } from './tokenize.js';

/** The end (exclusive) of the longest of `phrases` (lower-case words joined by single spaces) starting at token k, or -1. */
export function phraseEnd(tokens: readonly Token[], k: number, phrases: Iterable<string>): number {
  const first = tokens[k]?.lower;
  if (first === undefined) return -1;
  let end = -1;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts[0] !== first || k + parts.length <= end) continue;
    if (parts.every((p, n) => tokens[k + n]?.lower === p)) end = k + parts.length;
  }
  return end;
}
