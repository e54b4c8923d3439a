// A clause of time whose subject is an event, not a party, says when, not what: "Armenia was open to elections
// once the fighting stopped", "France could send soldiers only after the fighting stops", "a third round, which
// Baku has proposed to hold after the exchange of prisoners is completed". Its issue (a halt to fighting, an
// exchange) is no stance of the holder's: the end of the war is expected, not demanded or offered. A clause whose
// subject is a party ("once Yerevan dropped its claim") is a condition, read by the condition rules, and is not
// touched. Words: rules.json content/event-time-clause.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { namesIssue } from './deontic-passive.js';

export const eventTimeClause = defineRule({
  id: 'content/event-time-clause', stage: 'content',
  reason: '"open to them once the fighting stopped", "only after the fighting stops", "to hold after the exchange of prisoners is completed": a conjunction of time (\'conjunctions\'), an event noun as subject (\'events\', with an "of" phrase), and a verb of ending (\'endings\', past an auxiliary of \'auxiliaries\') place the stance in time; an issue named only there is not the stance\'s object. For a holder that is no principal side a ceasefire or a truce (\'halts\') is such an event, alone or taking effect ("the coalition would deploy troops only after a ceasefire.").',
});

export const truceStateTime = defineRule({
  id: 'content/truce-state-time', stage: 'content',
  reason: '"Australia was open to a contribution to a peacekeeping force if a ceasefire held", "the coalition will provide guarantees as soon as a ceasefire takes effect": for a holder that is no principal side, a halt to the fighting (content/event-time-clause \'halts\') that holds or takes effect (\'endings\') after "if" or "as soon as" (\'conjunctions\') is the time of the holder\'s step, as "only after a ceasefire" is: no demand of a ceasefire. A principal side\'s step so conditioned still asks for the ceasefire, and a negated one ("if no ceasefire was in place") is a threat\'s demand.',
});

/** The time clauses with an event subject in sentence `s`, as [start, end) token spans; with `halts`, for a holder that
 *  is no principal side, a ceasefire or a truce is such an event too ("would deploy only after a ceasefire."). */
export function eventClauses(doc: Doc, s: Sentence, halts = false): Array<[number, number]> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(eventTimeClause.id, list);
  // (The conjunctions looked up once, not at every token; the other lists only past one: speed.)
  const conjunctions = w('conjunctions');
  // ("open to a contribution to a peacekeeping force if a ceasefire held", "will provide guarantees as soon as a truce
  // takes effect": for a third party, a halt that holds or takes effect is the time of its step under "if" and "as
  // soon as" too, content/truce-state-time; only for a halt noun, not a settlement's.)
  const haltConjunctions = halts ? doc.index.words(truceStateTime.id, 'conjunctions') : null;
  const out: Array<[number, number]> = [];
  for (let k = s.tStart; k < s.tEnd; k++) {
    const haltOnly = !conjunctions.has(tokens[k].lower);
    if (haltOnly && !haltConjunctions?.has(tokens[k].lower)) continue;
    let j = k + 1;
    if (w('determiners').has(tokens[j]?.lower ?? '')) j++;
    if (haltOnly) {
      // (Not a precondition, "is only possible if a ceasefire holds": "only" right before sets what is required.)
      if ([1, 2, 3].some((d) => tokens[k - d]?.lower === 'only' && k - d >= s.tStart)) continue;
      let m = j;
      while (m < j + 2 && w('modifiers').has(tokens[m]?.lower ?? '')) m++;
      if (!w('halts').has(tokens[m]?.lower ?? '')) continue;
      let e = m + 1;
      while (e < s.tEnd && w('auxiliaries').has(tokens[e].lower)) e++;
      // (Nor a halt of a set length, "if a ceasefire holds for a month": terms of its own, asked for.)
      if (e < s.tEnd && doc.index.words(truceStateTime.id, 'endings').has(tokens[e].lower) && tokens[e + 1]?.lower !== 'for') out.push([k, e + 1]);
      continue;
    }
    // ("after a durable peace agreement is signed", "after a political settlement": up to two modifiers before the
    // noun of a settlement, which ends the war by being signed, or by being there at all.)
    const modifiers = w('modifiers');
    let m = j;
    while (m < j + 2 && modifiers.has(tokens[m]?.lower ?? '')) m++;
    const settlement = w('settlements').has(tokens[m]?.lower ?? '') || (halts && w('halts').has(tokens[m]?.lower ?? ''));
    if (settlement) j = m;
    else if (!w('events').has(tokens[j]?.lower ?? '')) continue;
    j++;
    const auxiliaries = w('auxiliaries'), endings = w(settlement ? 'settledEndings' : 'endings');
    // ("the exchange of prisoners", "the exchange of all prisoners of war")
    if (!settlement && tokens[j]?.lower === 'of') { let n = 0; j++; while (n < 4 && j < s.tEnd && tokens[j].word && !auxiliaries.has(tokens[j].lower) && !endings.has(tokens[j].lower)) { j++; n++; } }
    // ("only after a peace deal.", "only after a political settlement, and …": a settlement named alone after "after"
    // or "until" is the time it comes, when the clause ends right after it; "after a deal on prisoners" names more.)
    if (settlement && w('nounConjunctions').has(tokens[k].lower) && (j >= s.tEnd || w('boundaries').has(tokens[j].lower))) { out.push([k, j]); continue; }
    while (j < s.tEnd && auxiliaries.has(tokens[j].lower)) j++;
    if (j < s.tEnd && endings.has(tokens[j].lower)) out.push([k, j + 1]);
  }
  return out;
}

/** The items of a stance with those named only inside a time clause of an event removed (`halts`: the holder is no
 *  principal side, eventClauses). */
export function eventTimeItems(doc: Doc, s: Sentence, items: IssueItem[], halts = false): { items: IssueItem[]; dropped: string[] } {
  if (!items.length) return { items, dropped: [] };
  const clauses = eventClauses(doc, s, halts);
  if (!clauses.length) return { items, dropped: [] };
  const dropped: string[] = [];
  const kept = items.filter((it) => {
    const inside = clauses.filter(([a, b]) => a < it.end && b > it.start);
    if (!inside.length || !inside.some(([a, b]) => namesIssue(doc, a, b, it.issue))) return true;
    // Named elsewhere in the item's span too: kept.
    let from = it.start;
    for (const [a, b] of inside.sort((x, y) => x[0] - y[0])) { if (namesIssue(doc, from, Math.min(a, it.end), it.issue)) return true; from = Math.max(from, b); }
    if (namesIssue(doc, from, it.end, it.issue)) return true;
    dropped.push(it.issue);
    return false;
  });
  return { items: kept, dropped };
}
