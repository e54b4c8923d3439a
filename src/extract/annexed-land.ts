// Land described as annexed is the land (content/annexed-land): "the four regions that Moscow declared annexed are not
// a subject for discussion", "the status of Crimea, annexed by Moscow eight years ago, would be left to bilateral
// talks", "Russia will never return the annexed regions" are stances on the land, territory; the participle only says
// what befell it. Recognising it stays recognition: a verb or noun of recognising is a term of its own and outranks
// territory ("will never recognise the annexed regions", "any recognition of annexed land").
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const annexedLand = defineRule({
  id: 'content/annexed-land', stage: 'content',
  reason: 'The recognition term "annexed" as a participle describing land names the land, territory: right before a land noun ("the annexed regions") or after a land noun or place a few words before it ("the four regions that Moscow declared annexed", "Crimea, annexed by Moscow", "the regions annexed in September"). Recognising the land is still recognition: its verb or noun is a term of its own and outranks territory. Lists: rules.json content/annexed-land.',
});

/** Whether the recognition term at [i, end) is a participle "annexed" describing land (content/annexed-land). */
export function annexedLandAt(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(annexedLand.id, list);
  if (!w('participles').has(tokens[end - 1].lower)) return false;
  const land = w('landNouns');
  // (A place's mention may be several tokens: "Kherson region" ends at its last word.)
  const inPlace = (k: number) => { for (let j = Math.max(0, k - 3); j <= k; j++) { const p = doc.placeAt.get(j); if (p && p.end > k) return true; } return false; };
  const s = doc.sentences[doc.sentenceOf[i] ?? 0];
  // (Not a party's name: "Ukraine would never accept that Russia annexed …" names Ukraine as a side.)
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const isLand = (k: number) => (inPlace(k) && !actors.some((a) => a.start <= k && k < a.end)) || land.has(tokens[k]?.lower ?? '');
  // "the annexed regions": a participle after a determiner (not the verb of a subject: "accept that Russia annexed four
  // regions" is recognising the annexation).
  if (end < tokens.length && isLand(end)) return w('determiners').has(tokens[i - 1]?.lower ?? '');
  // "the regions that Moscow declared annexed", "Crimea, annexed by Moscow"
  // (Within five words: "the four regions that Moscow had declared annexed"; not past a clause break.)
  for (let k = i - 1, n = 0; k >= s.tStart && n < 5; k--) {
    const x = tokens[k];
    if (x.text === ';' || x.text === ':' || x.text === '"') return false;
    if (x.word) n++;
    if (x.word && isLand(k)) return true;
  }
  return false;
}
