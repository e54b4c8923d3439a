// A requirement set on any plan: "no peace plan could work unless it took into account today's realities", "Russia
// would consider no plan that did not take into account the new territorial realities", "any plan worth the name must
// include the withdrawal of Russian troops", "Kyiv would consider only a plan that began with the withdrawal of Russian
// troops". A plan noun under "any", "no" or "only a" refers back to no plan already reported (trigger/reference-back
// would drop it as one): it stands for every possible plan, and what every plan must do is what the speaker demands,
// a DEMAND whose content is the requirement and whose holder is the speaker (as a deontic modal's: holder/deontic-speaker).
import type { MatchRule } from './triggers.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

const ID = 'trigger/plan-requirement';
/** Marks a trigger's rule: the "no" before it quantifies the plan, no negation of the demand (trigger/negation). */
export const PLAN_REQUIREMENT = ':plan-requirement';

/**
 * The token where the requirement set on the plan noun ending at `end` starts, else -1. The noun is a plan noun
 * ('nouns') after "any"/"no" ('quantifiers') or "only a"/"only an"; within 'window' words after it, up to a clause
 * break, one of: "unless" ("could work unless it …"), a deontic modal ('modals': "must include", "would have to"),
 * or a relative pronoun and a verb ("that began with …"; for "no", "that did not take into account …": the plan
 * refused is one without it).
 */
export function planRequirementAt(doc: Doc, s: Sentence, start: number, end: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(ID, list);
  const low = (i: number) => tokens[i]?.lower ?? '';
  if (!w('nouns').has(low(end - 1))) return -1;
  // The determiner before the noun phrase (its modifiers: "no peace plan", "any new plan").
  let d = start - 1;
  while (d > s.tStart && d >= start - 3 && !w('quantifiers').has(low(d)) && !(low(d) === 'a' || low(d) === 'an') && tokens[d].word) d--;
  const quantifier = w('quantifiers').has(low(d)) ? low(d) : '';
  const only = (low(d) === 'a' || low(d) === 'an') && low(d - 1) === 'only';
  if (!quantifier && !only) return -1;
  const window = Number([...w('window')][0] ?? 8);
  const breaks = w('breaks');
  for (let k = end; k < Math.min(end + window, s.tEnd); k++) {
    const x = low(k);
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].text === ':' || breaks.has(x)) return -1;
    if (x === 'unless' && quantifier === 'no') return k + 1;
    if (w('modals').has(x) && quantifier === 'any') return k + 1;
    // ("has to", "would have to", "needs to": only with "to"; "any deal has been rejected" states a fact.)
    if (w('toModals').has(x) && low(k + 1) === 'to' && quantifier === 'any') return k + 2;
    if ((x === 'that' || x === 'which') && k <= end + 1) {
      // "no plan that did not take into account …": the refused plan lacks what is required.
      if (quantifier === 'no' && w('auxiliaries').has(low(k + 1)) && (low(k + 2) === 'not' || low(k + 2) === "n't")) return k + 3;
      // "only a plan that began with …": the one plan considered has what is required.
      if (only && tokens[k + 1]?.word && !tokens[k + 1].cap) return k + 1;
      return -1;
    }
  }
  return -1;
}

export const planRequirement: MatchRule = defineRule({
  id: ID, stage: 'trigger',
  reason: '"no peace plan could work unless it took into account today\'s realities", "would consider no plan that did not take into account the territorial realities", "any plan worth the name must include the withdrawal of Russian troops", "would consider only a plan that began with the withdrawal": a requirement set on every possible plan is the speaker\'s demand of its content, not a reference back to a plan already reported (trigger/reference-back); the plan noun becomes a DEMAND held like a deontic modal (the speaker), its content the requirement.',
  apply(t, { doc, s }) {
    if (!t.cue || t.type !== 'PROPOSE' || t.modal) return;
    const at = planRequirementAt(doc, s, t.start, t.end);
    if (at < 0) return;
    t.type = 'DEMAND';
    t.nominal = false;
    // The plan as the subject of its clause ("no plan could work unless …", "any deal must include …") sets the
    // requirement in the speaker's words, held like a deontic modal's (holder/deontic-speaker); the plan as the object
    // of a verb ("Russia would consider no plan that …", "Kyiv would accept only a plan that …") is that verb's
    // subject's requirement, found as any verb's subject.
    const relative = doc.tokens[at - 1]?.lower !== 'unless' && !doc.index.words(ID, 'modals').has(doc.tokens[at - 1]?.lower ?? '') && doc.tokens[at - 1]?.lower !== 'to';
    t.modal = !relative;
    t.rule += PLAN_REQUIREMENT;
    // ("could work unless it took into account …": the condition is the requirement itself, so the candidate runs
    // to it and its content is read from there, not cut off as a condition of the demand.)
    // ("no peace plan": a talks term in the noun phrase names the plan, not what it must contain: the candidate is the
    // head noun.)
    t.start = t.end - 1;
    // (The object's verb opens the candidate, "would consider no plan that …": its subject holds the requirement, as
    // any verb's, and the noun's own holder rules, which ask for a possessor, do not apply.)
    if (relative) {
      let d = t.start - 1;
      while (d > s.tStart && d >= t.start - 4 && !doc.index.words(ID, 'quantifiers').has(doc.tokens[d].lower) && doc.tokens[d].lower !== 'only') d--;
      const v = d - 1;
      if (v >= s.tStart && doc.tokens[v].word && !doc.tokens[v].cap && /^[a-z]+$/.test(doc.tokens[v].lower) && !doc.index.words(ID, 'notVerbs').has(doc.tokens[v].lower)) t.start = v;
    }
    if (doc.tokens[at - 1]?.lower === 'unless') t.end = at;
    return { change: `a requirement on any plan ("${doc.tokens[at - 1].text} ${doc.tokens[at]?.text ?? ''}"): DEMAND of its content` };
  },
});
