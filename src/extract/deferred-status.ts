// A disputed status left to talks: "the status of Crimea should be the subject of separate bilateral negotiations over
// a period of 15 years", "the status of Crimea should be settled in bilateral consultations over 15 years". The
// deontic puts forward an arrangement on the status (a proposal, spec §2 PROPOSE), and the issue is the status its
// subject names, territory with its places, not the talks its predicate names: the talks are only how the status is to
// be settled (gold of own sets AE, AF, AB, E, R: UKR PROPOSE|OFFER territory [UA-43]). Words: rules.json
// content/deferred-status.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { itemsOf, scopeOf } from './items.js';
import { defineRule } from './rules/registry.js';

export const deferredStatus = defineRule({
  id: 'content/deferred-status', stage: 'content',
  reason: 'A deontic copula whose predicate leaves its subject to talks ("should be the subject of separate bilateral negotiations", "should be settled in bilateral consultations", \'frames\' then one of \'talksNouns\' within five words) and whose subject names land (a territory item: "the status of Crimea") puts forward an arrangement on that land: a proposal on territory with the subject\'s places, not a demand for talks (spec §2 PROPOSE; gold of own sets AE, AF, AB, E, R). A subject that names no land ("the prisoner question should be the subject of talks") keeps the talks.',
});

/** Deontic stances read by this rule: a status left to talks is put forward, not demanded (see makeClaim). */
export const deferredStances = new WeakSet<Trigger>();

/** The subject's territory items of a deontic at `t` whose predicate leaves it to talks, else none. */
export function deferredStatusItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (!t.modal || t.exchange || t.type !== 'DEMAND' || doc.tokens[t.end - 1]?.lower !== 'be') return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(deferredStatus.id, list);
  // The frame right after the copula ("the subject of", "settled in", "left to").
  let at = -1;
  for (const words of splitPhrases(w('frames'))) {
    if (words.every((x, n) => tokens[t.end + n]?.lower === x)) { at = Math.max(at, t.end + words.length); }
  }
  if (at < 0) return [];
  const talks = w('talksNouns');
  let named = -1;
  for (let k = at; k < Math.min(s.tEnd, at + 5) && named < 0; k++) {
    if (!tokens[k].word) break;
    if (talks.has(tokens[k].lower)) named = k;
  }
  if (named < 0) return [];
  const [b0] = scopeOf(doc, s, { ...t, object: 'before' }, s.tEnd);
  let from = b0;
  for (let j = t.start - 1; j >= b0; j--) if (tokens[j].lower === 'that') { from = j + 1; break; }
  const land = itemsOf(doc, from, t.start, t).filter((it) => it.issue === 'territory');
  if (!land.length) return [];
  deferredStances.add(t);
  return land.map((it) => ({ ...it, end: Math.max(it.end, named + 1) }));
}
