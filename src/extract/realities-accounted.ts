// "A settlement must take into account the new territorial realities", "proposals that reflect the new realities",
// "proceed from the new territorial realities": the two-issue term (issues.json 'alsoTerms', content/two-issue-term)
// governed by a verb of taking account of it is the land a party keeps (territory), not a demand that the other side
// recognise it; only a verb of recognising or accepting ("recognise the new territorial realities", "accept the new
// realities") makes it recognition too. Over the tuning sets the "take into account" readings were annotated territory
// about eight times in ten.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const realitiesAccounted = defineRule({
  id: 'content/realities-accounted', stage: 'content',
  reason: '"must take into account the new territorial realities", "proposals that reflect the new realities", "proceed from the new territorial realities": a two-issue term (territory and recognition) governed by one of \'verbs\' of taking account, within five words before it, names the land kept only (territory); a word of recognising or accepting (\'recognisers\', prefixes) nearer the term keeps both issues ("recognise the new territorial realities").',
});

/** Whether the two-issue term at token i is taken account of rather than recognised (content/realities-accounted). */
export function realitiesAccountedAt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(realitiesAccounted.id, list);
  const verbs = w('verbs');
  const recognisers = [...w('recognisers')];
  const s = doc.sentences[doc.sentenceOf[i] ?? 0];
  for (let k = i - 1; k >= Math.max(s.tStart, i - 5); k--) {
    const x = tokens[k].lower;
    if (recognisers.some((r) => x.startsWith(r))) return false;
    if (verbs.has(x)) return true;
  }
  return false;
}
