// A comparison names a model, not the issue: "NATO-like guarantees", "NATO-style security guarantees", "a
// Minsk-style pause" are guarantees and a pause; the alliance or the Minsk talks are what they are likened to
// (issue 7). An issue term right before a hyphen and a word of likeness is dropped, so the phrase's head
// names the issue ("guarantees" → security guarantees) or none does.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const issueComparison = defineRule({
  id: 'discourse/issue-comparison', stage: 'discourse',
  reason: 'An issue term hyphened to a word of likeness ("NATO-like guarantees", "NATO-style protection", "a Minsk-type pause") is a comparison: it names the model, not the issue, so it names no issue.',
});

/** Drops from `found` (the issue terms of one sentence, in order) the terms that are likened to: "NATO" in "NATO-like". */
export function dropComparisons(tokens: Token[], index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  let likeness: Set<string> | undefined;
  for (let q = found.length - 1; q >= 0; q--) {
    const m = found[q];
    if (tokens[m.end]?.text !== '-') continue;
    likeness ??= index.words(issueComparison.id);
    if (likeness.has(tokens[m.end + 1]?.lower ?? '')) found.splice(q, 1);
  }
}
