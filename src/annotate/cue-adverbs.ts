// A verb cue and its preposition may have an adverb between them: "argued instead for a 30-day suspension of
// hostilities" pursues it as surely as "argued for" does, like "called again for" or "lobbied openly for"
// (issue 7). The cue phrases are written once, without the adverb; this adds the variants, one adverb each, from
// a short list (rules.json), so no phrase is written twice and the matcher stays one trie.
import type { RuleWords } from '../lexicon/vocab.js';
import { defineRule } from '../extract/rules/registry.js';

export const cueAdverbs = defineRule({
  id: 'discourse/cue-adverbs', stage: 'discourse',
  reason: 'A cue phrase of a verb and its final preposition ("argued for", "pressed for", "appealed to") also matches with one adverb of the list between them ("argued instead for", "pressed again for", "appealed directly to").',
});

/** The variants of a cue phrase with one listed adverb before its final preposition ("argued for" → "argued
 * instead for", …); none for a phrase of one word or one that does not end with a listed preposition. */
export function adverbVariants(phrase: string, rules: Record<string, RuleWords>): string[] {
  const entry = rules[cueAdverbs.id];
  const adverbs = Array.isArray(entry?.adverbs) ? entry.adverbs : [];
  const preps = Array.isArray(entry?.prepositions) ? entry.prepositions : [];
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2 || !preps.includes(words[1].toLowerCase())) return [];
  return adverbs.map((a) => `${words[0]} ${a} ${words[1]}`);
}
