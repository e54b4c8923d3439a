// A condition cue of time ("only after", "only once", "only when") whose clause is the end of the war ("British troops
// would be deployed only after a peace deal had been signed", "French soldiers could be deployed only once the fighting had
// stopped") says when the holder's own step comes; no party is asked to do anything, so the condition demands
// nothing. content/event-time-clause already drops an issue named inside such a clause; this rule ends the condition
// there too: what follows the clause in a new predicate of the main clause ("… only after hostilities have ended and
// would help rebuild Ukraine's armed forces", "… only once fighting stops, to support the regeneration of …") is the
// step's own description, not more of the condition. A clause whose subject is a party ("only once Baku withdraws")
// is a condition proper and is not touched. Words: rules.json content/event-time-condition.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { IssueItem } from './items.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { eventClauses } from './event-time-clause.js';

export const eventTimeCondition = defineRule({
  id: 'content/event-time-condition', stage: 'content',
  reason: 'A condition cue ending in a conjunction of time whose clause is an event that ends the war (content/event-time-clause: "only after a peace deal had been signed", "only once the fighting had stopped", "only after hostilities have ended") tells when the holder\'s step comes and demands nothing: the condition ends with that clause, and an issue named after it in a new predicate ("and would help rebuild Ukraine\'s armed forces", ", to support the regeneration of …"; rules.json \'openers\' then a modal, an auxiliary or \'to\') is the step\'s own description, no demand. An item after the clause that is no new predicate (", and for no limits on the army", more of a list the condition cue sits in) stays.',
});

/** The items of condition cue `t` with those after an event time clause, in a new predicate, removed. */
export function eventTimeConditionItems(doc: Doc, s: Sentence, t: Trigger, items: IssueItem[], halts = false): { items: IssueItem[]; dropped: string[] } {
  if (!items.length || t.cue?.id !== 'condition' || t.type !== 'DEMAND' || t.end - t.start < 2) return { items, dropped: [] };
  const { tokens } = doc;
  const last = t.end - 1;
  const clause = eventClauses(doc, s, halts).find(([a]) => a === last);
  if (!clause) return { items, dropped: [] };
  const b = clause[1];
  // What follows the clause: a new predicate ("and would help …", ", to support …") or more of the condition.
  let k = b;
  if (tokens[k]?.text === ',') k++;
  const openers = doc.index.words(eventTimeCondition.id, 'openers');
  const verbs = doc.index.words(eventTimeCondition.id, 'predicateStarts');
  if (openers.has(tokens[k]?.lower ?? '')) k++;
  const predicate = k < s.tEnd && (verbs.has(tokens[k].lower) || doc.index.set.modals.has(tokens[k].lower));
  const dropped: string[] = [];
  const kept = items.filter((it) => {
    if (it.start >= clause[0] && it.start < b) { dropped.push(it.issue); return false; }
    if (predicate && it.start >= b) { dropped.push(it.issue); return false; }
    return true;
  });
  return { items: kept, dropped };
}
