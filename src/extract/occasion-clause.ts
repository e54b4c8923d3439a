// A clause of time after a comma is the occasion, not the content. "Baku proposed talks in Geneva on Monday, a day
// after the leaders of France and Germany flew to Yerevan and demanded a ceasefire", "Belgrade offered a new round,
// weeks after Pristina had rejected the EU's draft": the stance inside ", (a day / weeks / shortly) after …" or
// ", before …" is its own subject's, a separate claim, not part of what the earlier stance proposes or demands
// (sentence/complement absorbed it). Only when a party named inside the time clause holds the later stance: "demanded
// that Armenia withdraw, before any talks could begin" names none and stays the demand's content. Words: rules.json
// under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const occasionClause = defineRule({
  id: 'sentence/occasion-clause', stage: 'sentence',
  reason: '"Baku proposed talks in Geneva on Monday, a day after the leaders of France and Germany flew to Yerevan and demanded a ceasefire": past a comma, a time clause (\'subordinators\' such as after, before, after an optional span of \'measures\': "a day", "weeks", "shortly") whose own subject, a party named in it, holds a later stance ends the earlier stance\'s complement: the later stance is its subject\'s own claim, not content of the first (sentence/complement). A time clause with no party in it before the stance ("…, before any talks could begin") stays content.',
});

/** Whether a time clause opened after a comma between `outer` and `t` has a party of `codes` as its subject. */
export function occasionClauseBetween(doc: Doc, s: Sentence, outer: Trigger, t: Trigger, codes: readonly string[]): boolean {
  const { tokens } = doc;
  const subordinators = doc.index.words(occasionClause.id, 'subordinators');
  const measures = doc.index.words(occasionClause.id, 'measures');
  for (let j = outer.end; j < t.start; j++) {
    if (!subordinators.has(tokens[j].lower)) continue;
    // (The span before the subordinator may only measure time: ", a day after", ", two weeks before", ", shortly after".)
    let k = j - 1;
    while (k > outer.end && k >= j - 3 && (measures.has(tokens[k].lower) || /^\d+$/.test(tokens[k].lower))) k--;
    if (tokens[k]?.text !== ',') continue;
    // (A party named in the time clause before the stance, and holding it: its own subject.)
    const named = (doc.actorsBySentence.get(s.index) ?? []).filter((a) => a.start > j && a.end <= t.start);
    if (named.some((a) => a.codes.some((c) => codes.includes(c)))) return true;
  }
  return false;
}
