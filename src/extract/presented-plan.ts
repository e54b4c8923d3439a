// Offering to present a plan is offering the plan, a stance on the talks (spec rule 9: proposing a whole plan or
// framework is talks): "Ukraine was ready to present a joint action plan to Moscow", "Yerevan is prepared to submit an
// agreed draft to Baku". The cue ends in "to" ("ready to", "prepared to", "offered to"), its verb is one of handing a
// text over ('verbs': present, submit, table, hand …), and a plan noun (content/plan-is-talks 'words') stands within
// four words after the verb, where content/plan-is-talks' own reach (three tokens after the cue) stops short. Words:
// rules.json content/presented-plan.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const presentedPlan = defineRule({
  id: 'content/presented-plan', stage: 'content',
  reason: '"Ukraine was ready to present a joint action plan to Moscow", "Armenia is prepared to submit an agreed draft to Azerbaijan": a cue ending in "to" whose verb hands a text over (\'verbs\': present, submit, table, hand over, deliver, send) with a plan noun (content/plan-is-talks \'words\') within four words after it offers that whole plan, the talks (spec rule 9). Not a verb of another act ("ready to present its troops"), nor a plan noun past a clause mark.',
});

/** The plan noun a cue ending in "to" hands over ("ready to present a joint action plan"), else -1. */
export function presentedPlanAt(doc: Doc, s: Sentence, t: Trigger, plans: Set<string>): number {
  if (t.object === 'before' || t.nominal) return -1;
  const { tokens } = doc;
  if (tokens[t.end - 1]?.lower !== 'to' || !doc.index.words(presentedPlan.id, 'verbs').has(tokens[t.end]?.lower ?? '')) return -1;
  // ("hand over a plan": a particle after the verb.)
  let k = t.end + 1;
  if (doc.index.words(presentedPlan.id, 'particles').has(tokens[k]?.lower ?? '')) k++;
  for (let words = 0; k < s.tEnd && words < 4; k++) {
    const x = tokens[k];
    if (plans.has(x.lower)) return k;
    if (x.word) words++;
    else if (x.text !== '-' && x.text !== '"') return -1;
  }
  return -1;
}
