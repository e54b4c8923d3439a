// Agreeing to finance a side is a decision on aid, not a position in the negotiations (spec §1: a claim is a stance
// on the terms of settling the conflict). "The G7 leaders agreed to a $50 billion loan for Ukraine to be serviced from
// frozen Russian assets", "EU leaders agreed early on Friday to lend Ukraine 90 billion euros", "the donors agreed to
// provide Sudan with a credit line" grant money to one side; the issues named inside the loan's own phrase (the frozen
// assets that repay it, the talks it strengthens Kyiv for) describe the loan, they are not terms the parties put to
// the other side: the agreement is a stance outside the issue list (issue "other", spec §2). "Belgium would agree to use the assets for Ukraine" (a use of the assets themselves) and "agreed to a
// ceasefire" keep their claims: only when the agreed object's head, before any issue is named, is a word of
// financing are the items replaced. A negated agreement ("refused to agree to the loan") is left alone: a refusal to
// finance can be a bargaining position. Words: rules.json content/aid-decision.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const aidDecision = defineRule({
  id: 'content/aid-decision', stage: 'content',
  reason: '"agreed to a $50 billion loan for Ukraine", "agreed to lend Ukraine 90 billion euros", "agreed to provide Kyiv with a loan": an agreement (cue ids \'cues\') whose object, within a few words of the cue and before its first issue item or any \'clauseEnds\', is a word of financing (\'financing\') decides on aid to a side, no stance on the terms of a settlement; the issues named in the loan\'s phrase (the assets that repay it) are dropped. Not when negated.',
});

/** True when `t` agrees to finance a side: the items it would make are the loan's description, no stance. */
export function aidDecided(doc: Doc, s: Sentence, t: Trigger, items: IssueItem[]): boolean {
  if (!items.length || t.negated || !t.cue) return false;
  const w = (list: string) => doc.index.words(aidDecision.id, list);
  if (!w('cues').has(t.cue.id)) return false;
  const { tokens } = doc;
  const financing = w('financing');
  const clauseEnds = w('clauseEnds');
  // (The object starts after an adjunct between the verb and its preposition: "agreed in Apulia to a … loan".)
  const from = Math.max(t.end, t.adjunctEnd ?? t.end);
  for (let k = from; k < Math.min(from + 10, s.tEnd); k++) {
    const lw = tokens[k].lower;
    // (The head of the object before any issue is named: "agreed to a ceasefire and a loan" is on the ceasefire.)
    if (doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return false;
    if (financing.has(lw)) return true;
    if (clauseEnds.has(lw)) return false;
  }
  return false;
}
