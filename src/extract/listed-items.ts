// "Asked what those goals were, he listed the 'denazification' and 'demilitarization' of Ukraine and its 'neutral
// status'", "He also listed the protection of the rights of Russian-speaking citizens", "Moscow also listed the lifting
// of restrictions on trade finance …": a party that lists things with no pronoun or colon between spells out its
// stances itself. They are of the kind of the typed list noun named before (goals and conditions are demanded, offers
// offered); with none, a party's listed terms in a story of negotiation are what it asks for. Word lists:
// lexicon/data/rules.json under candidate/listed-items.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';
import { listNounAt } from './list-nouns.js';

export const listedItems = defineRule({
  id: 'candidate/listed-items', stage: 'candidate',
  // (Gate: every match opens at one of 'verbs'.)
  needs: [{ list: 'verbs' }],
  reason: '"Asked what those goals were, he listed the denazification and demilitarization of Ukraine and its neutral status", "He also listed the protection of the rights of Russian-speaking citizens": a party subject right before a verb of listing (\'verbs\', an optional "also") whose object is a noun phrase (a determiner, a possessive or a quote; not "them"/"these", candidate/listed-back, nor a typed list noun, trigger/typed-object) states its items as its own stances: of the type of the last typed list noun in its sentence before the verb or the two sentences before ("goals" are demanded, "concessions" offered), else demanded. Not a document ("the paper listed the guarantor states") and not a list of parties or people.',
});

/** The listing verb of sentence `s` and the type its items take, or null. */
export function listedItemsAt(doc: Doc, s: Sentence): { at: number; type: ClaimType } | null {
  const { tokens, index } = doc;
  const verbs = index.words(listedItems.id, 'verbs');
  const openers = index.words(listedItems.id, 'openers');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let v = s.tStart + 1; v < s.tEnd - 2; v++) {
    if (!verbs.has(tokens[v].lower) || doc.mentions.inQuote[v] === 1) continue;
    const subjEnd = tokens[v - 1].lower === 'also' ? v - 1 : v;
    const m = actors.find((a) => a.end === subjEnd && a.codes.length > 0 && !a.possessive && !a.object && a.kind !== 'document');
    if (!m) continue;
    const next = tokens[v + 1];
    if (!openers.has(next.lower) && next.text !== '"') continue;
    // ("listed its conditions: …" is the typed object's; "listed Britain and France among the guarantors" names parties.)
    let typedObject = false;
    for (let j = v + 1; j <= v + 3 && j < s.tEnd; j++) if (listNounAt(doc, j)) typedObject = true;
    if (typedObject || actors.some((a) => a.start >= v + 1 && a.start <= v + 2 && !a.possessive)) continue;
    let type: ClaimType = 'DEMAND';
    const first = doc.sentences[Math.max(0, s.index - 2)].tStart;
    for (let i = v - 1; i >= first; i--) {
      if (doc.mentions.inQuote[i] === 1) continue;
      const hit = listNounAt(doc, i);
      if (hit) { type = hit.type; break; }
    }
    return { at: v, type };
  }
  return null;
}
