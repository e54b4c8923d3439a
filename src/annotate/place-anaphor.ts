// "Kyiv proposed talks on the status of Crimea. … Russia would not discuss the peninsula's status with anyone": a
// definite noun of a region's kind, "the peninsula", stands for the region of that kind named before it, as a pronoun
// stands for a party (issue 7, wrong and missing issues: the peninsula's status read as the talks and no place).
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { PlaceMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const placeAnaphor = defineRule({
  id: 'discourse/place-anaphor', stage: 'discourse',
  reason: '"… the status of Crimea … Russia would not discuss the peninsula\'s status with anyone", "Moscow said the peninsula was part of Russia": "the" and a noun of \'anaphors\' (written "noun:code", the region whose names hold the noun: "the Crimean Peninsula") is a mention of that region when the region itself was named in the same or one of the eight sentences before and no other region was named between them. Not a noun with a capitalised word before or after it ("the Korean peninsula", "the peninsula Kamchatka") nor one with no region named before.',
});

/** Places that "the <noun>" stands for, to be added to `places` (sorted by start), discourse/place-anaphor. */
export function placeAnaphors(tokens: Token[], sentenceOf: ArrayLike<number>, places: PlaceMention[], index: LexiconIndex): PlaceMention[] {
  const entries = index.words(placeAnaphor.id, 'anaphors');
  if (!entries.size || !places.length) return [];
  const codeOf = new Map<string, string>();
  for (const e of entries) { const [noun, code] = e.split(':'); if (noun && code) codeOf.set(noun, code.toUpperCase()); }
  const out: PlaceMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const code = codeOf.get(tokens[i].lower);
    if (!code || tokens[i].cap || tokens[i - 1].lower !== 'the') continue;
    if (tokens[i + 1]?.cap && tokens[i + 1]?.word) continue;
    // The nearest region named before it: it must be this one, within eight sentences.
    let before: PlaceMention | undefined;
    for (const p of places) { if (p.start >= i) break; if (!p.town && p.codes.length) before = p; }
    if (!before || !before.codes.includes(code) || before.codes.length !== 1) continue;
    if ((sentenceOf[i] ?? 0) - (sentenceOf[before.start] ?? 0) > 8) continue;
    // (Inside a longer place name already found, "the Crimean peninsula", it is that name.)
    if (places.some((p) => p.start <= i && p.end > i)) continue;
    out.push({ codes: [code], start: i - 1, end: i + 1, sentence: sentenceOf[i], group: false, town: false });
  }
  return out;
}
