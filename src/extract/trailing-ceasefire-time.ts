// A phrase of time naming a ceasefire after a stance's object ("pledge troops for Ukraine after a ceasefire", "commit
// forces to Armenia once the fighting stops") says when the pledged thing would come, not that a ceasefire is offered
// or demanded: its ceasefire words name no issue of the stance (content/trailing-ceasefire-time). What is pledged is
// then judged by its own words alone (troops alone name no issue: no claim, rather than a wrong ceasefire offer).
// items.ts skips it as it skips a leading phrase of time (content/leading-time-phrase).
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { objectHead } from './object-phrase.js';

export const trailingCeasefireTime = defineRule({
  id: 'content/trailing-ceasefire-time', stage: 'content',
  reason: 'A phrase of time after the first words of a stance\'s object, one of \'prepositions\' and one of \'determiners\' before a head that names only a ceasefire ("pledge troops for Ukraine after a ceasefire", "would deploy a force to Sudan following a truce"), says when, not what is held: its ceasefire words name no issue, and an object with no issue of its own before it gives no claim (not a ceasefire offer). Only when no issue term came before in the item; a condition ("only after a ceasefire", "not until", \'conditionWords\' right before) is what is demanded and stays.',
});

/** The end (exclusive) of a trailing phrase of time naming a ceasefire at `i` in the content of `t`, or -1 (content/trailing-ceasefire-time). */
export function trailingCeasefireTimeEnd(doc: Doc, t: Trigger, i: number, itemStart: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(trailingCeasefireTime.id, list);
  // (After at least one word of the object: a phrase of time right after the cue is content/leading-time-phrase's.)
  if (i <= t.end || i <= itemStart || !w('prepositions').has(tokens[i]?.lower ?? '')) return -1;
  if (!w('determiners').has(tokens[i + 1]?.lower ?? '')) return -1;
  if (w('conditionWords').has(tokens[i - 1]?.lower ?? '')) return -1;
  const s = doc.sentences[doc.sentenceOf[t.start] ?? 0];
  const head = objectHead(doc, s, i + 1);
  if (head < 0) return -1;
  // The head (or a term of several words ending at it) names a ceasefire and nothing else.
  let term = doc.issueAt.get(head);
  for (let k = i + 1; k <= head && !term; k++) { const x = doc.issueAt.get(k); if (x && x.end > head) term = x; }
  if (!term || !term.values.length || !term.values.every((v) => v.issue === 'ceasefire')) return -1;
  const end = Math.max(term.end, head + 1);
  return end <= s.tEnd ? end : -1;
}
