// A count traded for the same count is a swap of people: "an exchange of 157 for 157", "the 1,000-for-1,000 swap",
// "the thousand-for-thousand in May", "in the formula '1,000 for 1,000'", as "all for all" is (a term of issues.json).
// Captives are the only thing that negotiators trade head for head in a war's talks; the counts name no issue
// otherwise, so the phrase is a humanitarian term of its own. Two different counts are a swap only next to a noun of
// exchanging ("a 215-for-55 swap", "an exchange of 84 for 84"): "a vote of 27 for 3" is none.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const numberedExchange = defineRule({
  id: 'discourse/numbered-exchange', stage: 'discourse',
  reason: 'A count for the same count ("157 for 157", "1,000-for-1,000", "thousand-for-thousand") names a prisoner swap (humanitarian); two different counts only next to a noun of exchanging ("a 215-for-55 swap"). rules.json discourse/numbered-exchange: the number words, the exchange nouns.',
});

/** The count a token stands for ("157", "1,000", "thousand"), else null. */
function countOf(t: Token | undefined, words: Set<string>): string | null {
  if (!t || !t.word) return null;
  if (/^\d[\d,.]*$/.test(t.text)) return t.text.replace(/[,.]/g, '');
  return words.has(t.lower) ? t.lower : null;
}

/** Adds to `found` (the issue terms of one sentence's tokens [from, to), in order) a humanitarian term for each "N for N" swap. */
export function addNumberedExchanges(tokens: Token[], from: number, to: number, index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  let words: Set<string> | undefined;
  let added = false;
  for (let i = from; i < to - 2; i++) {
    if (tokens[i].lower !== 'for') continue;
    words ??= index.words(numberedExchange.id, 'numbers');
    // ("157 for 157", "1,000-for-1,000": a hyphen may join the counts to "for".)
    const a = tokens[i - 1]?.text === '-' ? i - 2 : i - 1;
    const b = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    if (a < from || b >= to) continue;
    const x = countOf(tokens[a], words), y = countOf(tokens[b], words);
    if (x === null || y === null) continue;
    if (x !== y) {
      const nouns = index.words(numberedExchange.id, 'nouns');
      const near = nouns.has(tokens[b + 1]?.lower ?? '') || (tokens[a - 1]?.lower === 'of' && nouns.has(tokens[a - 2]?.lower ?? ''));
      if (!near) continue;
    }
    const start = a, end = b + 1;
    if (found.some((m) => m.start < end && m.end > start)) continue;
    found.push({ start, end, values: [{ issue: 'humanitarian', rank: index.vocab.issues.humanitarian?.rank ?? 9 }] });
    added = true;
  }
  if (added) found.sort((p, q) => p.start - q.start);
}
