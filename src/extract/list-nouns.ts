// Typed list nouns stated by their party: "Ukraine's conditions are …", "Russia's red lines were unchanged,
// listing these as …". The noun that announces what follows says what kind of stance its items are:
// conditions, demands and red lines are demanded; an offer or concessions are offered; principles and
// proposals are proposed. (A list noun as the object of a presenting verb, "set out their demands: …", is
// trigger/typed-object.) Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';

export const listNounCandidate = defineRule({
  id: 'candidate/list-noun', stage: 'candidate',
  reason: 'A party\'s typed list noun followed by a copula or a colon states its items: "Ukraine\'s conditions are a ceasefire along the current line, guarantees …", "Russia\'s red lines were unchanged, listing these as …", "Moscow\'s key demands include …".',
});

const TYPES: ClaimType[] = ['DEMAND', 'OFFER', 'PROPOSE'];

/** First words of every list noun, per lexicon index: most tokens are ruled out by one set lookup. */
const heads = new WeakMap<object, Set<string>>();
function headWords(doc: Doc): Set<string> {
  let h = heads.get(doc.index);
  if (!h) {
    h = new Set();
    for (const type of TYPES) for (const w of doc.index.words(listNounCandidate.id, type)) h.add(w.split(' ')[0]);
    heads.set(doc.index, h);
  }
  return h;
}

/** The type a list noun starting at token `i` gives, and the token after it; null when none starts there. */
export function listNounAt(doc: Doc, i: number): { type: ClaimType; end: number } | null {
  const w = doc.tokens[i]?.lower ?? '';
  if (!headWords(doc).has(w)) return null;
  const two = `${w} ${doc.tokens[i + 1]?.lower ?? ''}`;
  for (const type of TYPES) {
    const words = doc.index.words(listNounCandidate.id, type);
    if (words.has(two)) return { type, end: i + 2 };
    if (words.has(w)) return { type, end: i + 1 };
  }
  return null;
}

/**
 * "Ukraine's conditions are …": a possessed typed list noun (after optional modifiers such as "key",
 * "shared") followed by a copula or a colon. Returns [start, end, type] of the noun, or null.
 */
export function possessedListNoun(doc: Doc, s: Sentence, i: number): { start: number; end: number; type: ClaimType } | null {
  const hit = listNounAt(doc, i);
  if (!hit) return null;
  const modifiers = doc.index.words(listNounCandidate.id, 'modifiers');
  let b = i - 1;
  while (b >= s.tStart && modifiers.has(doc.tokens[b].lower)) b--;
  // The possessor: "Ukraine's", "Kyiv's", "their".
  const possessed = (doc.tokens[b]?.lower === 's' && doc.tokens[b - 1]?.text === "'") || doc.index.words(listNounCandidate.id, 'possessives').has(doc.tokens[b]?.lower ?? '');
  if (!possessed) return null;
  let k = hit.end;
  // "… for peace", "… for a settlement" between the noun and the copula.
  if (doc.tokens[k]?.lower === 'for') { let c = k + 1; while (c < s.tEnd && c - k <= 3 && doc.tokens[c].word && !doc.index.words(listNounCandidate.id, 'copulas').has(doc.tokens[c].lower)) c++; k = c; }
  const next = doc.tokens[k];
  if (!next || !(next.text === ':' || doc.index.words(listNounCandidate.id, 'copulas').has(next.lower))) return null;
  return { start: i, end: hit.end, type: hit.type };
}
