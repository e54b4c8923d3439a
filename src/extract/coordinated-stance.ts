// A stance verb coordinated with an earlier stance verb of its sentence shares that verb's holder, however the
// first one found it (issue 7, holders: statements spread over a sentence).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Holder } from './holder.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const coordinatedStance = defineRule({
  id: 'holder/coordinated-stance', stage: 'holder',
  reason: '"The paper was published by the ministry in Beijing. It backs exchanges of prisoners and calls for the safety of nuclear plants to be guaranteed": a stance verb after "and" that found no holder of its own shares the holder of the stance verb before it in the clause (here carried from the previous sentence), when no party, clause opener or deontic stands between them.',
});

/**
 * The index of the earlier trigger whose holder the trigger `k` (with none of its own) shares, or -1: `k` follows
 * "and", and between the earlier stance and "and" stands no party, no clause opener and no deontic.
 */
export function coordinatedWith(doc: Doc, s: Sentence, triggers: Trigger[], holders: Array<Holder | null>, k: number): number {
  const t = triggers[k];
  if (doc.tokens[t.start - 1]?.lower !== 'and') return -1;
  const inQuote = doc.mentions.inQuote[t.start];
  const breaks = doc.index.words('holder/coordinated-verb', 'clauseStarts');
  const deontics = doc.index.words('holder/coordinated-verb', 'deontics');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let o = k - 1; o >= 0; o--) {
    const h = holders[o], prev = triggers[o];
    if (prev.end > t.start - 1 || doc.mentions.inQuote[prev.start] !== inQuote) continue;
    if (!h || prev.nominal || prev.modal) return -1;
    for (let j = prev.end; j < t.start - 1; j++) {
      const w = doc.tokens[j].lower;
      if (breaks.has(w) || deontics.has(w) || w === ',' || w === ';') return -1;
    }
    if (actors.some((m) => m.start >= prev.end && m.end <= t.start && !m.object && !m.possessive)) return -1;
    return o;
  }
  return -1;
}
