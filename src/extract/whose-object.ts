// A stance ending a relative clause opened by "whose" is on the antecedent and the noun after "whose": "a list of 339
// children whose return it demands" demands the children's return (humanitarian), "the three policemen whose release
// Pristina seeks", "the sanctions whose lifting Moscow wants". The cue's own object after it is empty (the clause ends
// there), so the sentence was dropped for naming no issue. The clause's subject between the noun and the cue is a few
// words (a pronoun or a party); the antecedent is read back from "whose" to a clause boundary, six words at most.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { itemsOf, type IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const whoseObject = defineRule({
  id: 'content/whose-object', stage: 'content',
  reason: 'A stance verb that ends a relative clause opened by "whose" ("a list of 339 children whose return it demands", "the policemen whose release Pristina seeks") is on the antecedent and the noun after "whose": nothing follows the verb in its clause, and the clause\'s subject (at most three words) stands between that noun and the verb. The antecedent is read back from "whose" to a comma, a colon or a clause word, six words at most.',
});

const BOUNDS = new Set([',', ';', ':', '(', 'that', 'which', 'who', 'and', 'but', 'said', 'says']);

/** The issues of "ANTECEDENT whose NOUN SUBJECT <cue>" when `t` ends its clause, else []. */
export function whoseObjectItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  const { tokens } = doc;
  if (t.object === 'before' || t.nominal) return [];
  // (Nothing after the verb in its clause: "whose return it demands." / "…, Medinsky said".)
  const next = tokens[t.end];
  if (t.end < s.tEnd && next?.word) return [];
  // "whose" + one noun + a subject of one to three words, then the cue.
  for (let w = t.start - 3; w >= Math.max(s.tStart + 1, t.start - 5); w--) {
    if (tokens[w].lower !== 'whose') continue;
    let from = w;
    while (from > Math.max(s.tStart, w - 6) && !BOUNDS.has(tokens[from - 1].lower)) from--;
    return itemsOf(doc, from, w + 2, t).map((it) => ({ ...it, start: Math.min(it.start, w), end: Math.max(it.end, t.end) }));
  }
  return [];
}
