// An exchange of things is no swap of people: "agreed to a further exchange of views", "would continue exchanges of
// drafts", "further exchanges of fire". The humanitarian terms for a continued or next exchange ("continue
// exchanges", "a further exchange", issues.json) read the bare noun as a prisoner swap, which it is in the talks of
// a war; when "of" follows the noun, what is exchanged is named after it, and a swap of prisoners, bodies or
// captives is a term of its own ("exchange of prisoners"), so the bare-noun term is dropped.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const exchangeOfThings = defineRule({
  id: 'discourse/exchange-of-things', stage: 'discourse',
  reason: 'A humanitarian term that ends on the bare noun "exchange(s)" ("continue exchanges", "a further exchange") names a prisoner swap only when no "of" follows: "a further exchange of views", "continue exchanges of drafts" exchange things; a swap of people with "of" is a term of its own ("exchange of prisoners", "exchanges of bodies").',
});

const EXCHANGE = new Set(['exchange', 'exchanges']);

/** Drops from `found` (the issue terms of one sentence) the humanitarian terms ending on "exchange(s)" right before "of". */
export function dropExchangesOfThings(tokens: Token[], found: PhraseMatch<IssueTerm>[]): void {
  for (let q = found.length - 1; q >= 0; q--) {
    const m = found[q];
    if (!EXCHANGE.has(tokens[m.end - 1]?.lower ?? '') || tokens[m.end]?.lower !== 'of') continue;
    if (m.values.some((v) => v.issue === 'humanitarian')) found.splice(q, 1);
  }
}
