// Weighing the relief of one's own measure only once something has happened puts the relief off: it is refused for
// now, not offered. "Brussels would consider lifting sanctions only once Russian troops had left" is EU REJECT
// sanctions (with the precondition a demand of its own), where "he would consider lifting them if Moscow agreed to a
// ceasefire" stays the offer that candidate/modal reads in a weighed act of one's own. The tuning gold files all three
// such deferrals (own AS, AY, BJ: the EU's answer to Russia's Black Sea terms) as REJECT and the plain conditional one
// as OFFER. A restrictive "only" with a word of time after it ('afters': after, once, when, until), in the clause after
// the relief verb ('reliefs': lifting, easing, unfreezing …), and within 'window' tokens of it, makes the deferral.
// Words: rules.json candidate/postponed-relief.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const postponedRelief = defineRule({
  id: 'candidate/postponed-relief', stage: 'candidate',
  reason: 'A party that would weigh (candidate/modal \'weighingVerbs\') the relief of a measure (\'reliefs\': "lifting", "easing", "unfreezing") only after a later state ("only" + one of \'afters\' within \'window\' tokens, in the clause) puts the relief off, a refusal for now: "Washington would consider lifting the tariffs on Serbian steel only after Belgrade recognised Kosovo" = USA REJECT sanctions; "would consider lifting them if Belgrade agreed" stays the offer.',
});

/** Whether the weighed act at gerund `g` ("would consider | lifting …") is a relief put off by "only after/once …". */
export function postponedReliefAt(doc: Doc, s: Sentence, g: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(postponedRelief.id, list);
  if (!w('reliefs').has(tokens[g]?.lower ?? '')) return false;
  const window = Number([...w('window')][0] ?? 10);
  const afters = w('afters');
  for (let k = g + 1; k < Math.min(s.tEnd - 1, g + 1 + window); k++) {
    if (/^[;:.!?]$/.test(tokens[k].text)) return false;
    if (tokens[k].lower === 'only' && afters.has(tokens[k + 1].lower)) return true;
  }
  return false;
}
