// "Their proposals, according to a document circulated to reporters, include a de-escalation …", "Moscow's conditions,
// a Kremlin aide said on Sunday, are …": a typed list noun whose copula follows an aside set off by commas (a source,
// a speaker, a time) states its items after the copula, as "Their proposals include …" does (candidate/list-noun).
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const listNounAside = defineRule({
  id: 'candidate/list-noun-aside', stage: 'candidate',
  reason: '"Their proposals, according to a document circulated to reporters, include a de-escalation by both sides, security guarantees for all parties …", "Moscow\'s conditions, a Kremlin aide said, are …": an aside set off by commas between a party\'s typed list noun and its copula (at most twelve words, no colon, quote or second comma inside) leaves the list stated; its items follow the copula.',
});

/** The copula after an aside that opens at the comma `k` and closes within twelve words, or -1. */
export function copulaPastAside(doc: Doc, s: Sentence, k: number, copulas: Set<string>): number {
  const { tokens } = doc;
  if (tokens[k]?.text !== ',') return -1;
  let c = k + 1;
  while (c < s.tEnd && c - k <= 13 && tokens[c].text !== ',' && tokens[c].text !== ':' && tokens[c].text !== '"' && tokens[c].text !== ';') c++;
  if (tokens[c]?.text !== ',' || c === k + 1) return -1;
  return copulas.has(tokens[c + 1]?.lower ?? '') ? c + 1 : -1;
}
