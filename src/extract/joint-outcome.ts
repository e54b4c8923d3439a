// A threat whose condition is that no agreement comes about (issue 7, precision): "If there is no agreement on a
// ceasefire, Russia will continue fighting", "If Russia and I cannot reach a deal to stop the bloodshed, I will
// impose tariffs". An agreement is
// made by both sides together, the threatener among them: its absence is an outcome feared, like "Should the
// talks collapse", not a demand the threatener puts to the other side. (Another party alone as the subject stays a
// demand: "if Iran does not make a deal on its nuclear programme", "if Moscow does not agree to the truce".) "Failing a deal on the prisoner lists by the
// end of the month" names the deal as the deadline's object and stays a demand (construction c-C1-08).
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const jointOutcome = defineRule({
  id: 'claim/joint-outcome', stage: 'claim',
  reason: 'A threat\'s "if"/"unless" condition that an agreement is not reached ("if there is no agreement on a ceasefire", "If Russia and I cannot reach a deal") names an outcome both sides make together, the threatener among them: a failure feared, no demand (dev gold annotates the threat alone); another party alone as the subject ("if Iran does not make a deal", "if Moscow does not agree to the truce") stays a demand.',
});

/**
 * The condition from..to says that an agreement is (not) reached, with no party for its subject ("if there is no
 * agreement") or the threatener among its subjects ("If Russia and I cannot reach a deal"): an agreement noun after
 * "no" or a verb of reaching. Another party alone as the subject ("if Iran does not make a deal on its nuclear
 * programme") is what the threatener demands of it.
 */
export function jointOutcomeCondition(doc: Doc, sentence: number, from: number, to: number, threatener: string): boolean {
  const subjects = (doc.actorsBySentence.get(sentence) ?? []).filter((a) => a.start >= from && a.start <= from + 4 && !a.possessive && !a.object);
  if (subjects.length && !subjects.some((a) => a.codes.includes(threatener) || a.pronoun === 'i' || a.pronoun === 'we')) return false;
  const nouns = doc.index.words(jointOutcome.id, 'agreementNouns');
  const reach = doc.index.words(jointOutcome.id, 'reachVerbs');
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    if (!nouns.has(tokens[k].lower)) continue;
    // Back over the noun's modifiers ("a ceasefire deal", "any peace agreement") to "no" or a verb of reaching.
    for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
      const w = tokens[j].lower;
      if (w === 'no' || reach.has(w)) return true;
      if (!tokens[j].word) break;
    }
  }
  return false;
}
