// A plan as the subject of a passive stance verb: "The Hungarian plan was rejected by Kyiv", "the Egyptian proposal
// has been welcomed by Israel", "Russia's memorandum was dismissed by Ukraine". The agent after "by" takes a stance on
// the whole plan, the talks (spec rule 9), as "Kyiv rejected the Hungarian plan" does (content/plan-is-talks); and the
// noun before the auxiliary is the verb's subject, not one stance chained to it (trigger/chain: "proposal was
// rejected" is not the proposer's refusal). Read by triggers.ts (chainTriggers) and extract.ts (the plan test).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const passivePlan = defineRule({
  id: 'content/passive-plan', stage: 'content',
  reason: 'A passive stance verb (one of \'auxiliaries\' right before it, "by" and a party after it) whose subject is headed by a plan noun (content/plan-is-talks words) right before the auxiliaries takes the whole plan: "The Hungarian plan was rejected by Kyiv" = UKR REJECT talks, "the Egyptian proposal has been welcomed by Israel" = ISR ACCEPT talks. The noun and the verb are not chained (the proposer does not refuse its own plan). Not when the noun has a complement ("the plan for a Christmas truce was rejected by Kyiv" refuses the truce: content/passive-object; "the EU draft on Serb municipalities" is about the municipalities), nor when an issue of its own names it ("the ceasefire plan was endorsed by the EU" accepts the ceasefire; "the peace plan", a talks term, is the whole plan).',
});

/** The first token of the passive's auxiliaries before `t` ("was", "has been"), or -1 when `t` is no passive with "by" after it. */
export function passiveStart(doc: Doc, s: Sentence, t: Trigger): number {
  const { tokens } = doc;
  const aux = doc.index.words(passivePlan.id, 'auxiliaries');
  if (!/ed$/.test(tokens[t.start].lower) || tokens[t.end]?.lower !== 'by') return -1;
  let a = t.start;
  while (a > s.tStart && aux.has(tokens[a - 1].lower)) a--;
  return a < t.start && a > s.tStart ? a : -1;
}

/**
 * The position of a plan noun that heads the subject right before the passive `t`'s auxiliaries, or -1. Only the noun
 * itself before them: "the EU draft on Serb municipalities has been turned down" is a plan about something its
 * complement names, which the issue list may lack; it is not the whole plan.
 */
export function passivePlanNoun(doc: Doc, s: Sentence, t: Trigger, plans: Set<string>): number {
  const a = passiveStart(doc, s, t);
  if (a < 0 || doc.issueAt.has(a - 1)) return -1;
  // ("the ceasefire plan was endorsed by the EU": a plan named by an issue of its own before it is a plan for that
  // issue, read from the subject by content/passive-object, as a complement is; "the peace plan", a talks term, stays
  // the whole plan.)
  for (let k = Math.max(s.tStart, a - 4); k < a - 1; k++) {
    const term = doc.issueAt.get(k);
    if (term && term.end === a - 1 && term.values.some((v) => v.issue !== 'talks' && v.issue !== '_noise' && !v.weak)) return -1;
  }
  return plans.has(doc.tokens[a - 1].lower) ? a - 1 : -1;
}

/** A stance noun `last` and a passive cue `t` after one auxiliary ("proposal was rejected"): two stances, not one chain. */
export function passiveAfterNoun(doc: Doc, s: Sentence, last: Trigger, t: Trigger): boolean {
  if (!last.nominal && last.type !== 'PROPOSE') return false;
  const a = passiveStart(doc, s, t);
  return a >= 0 && a === last.end;
}
