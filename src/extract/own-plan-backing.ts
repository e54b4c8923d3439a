// A party asking others to back its own plan puts the plan forward (claim/own-plan-backing): "Pashinyan urged the Gulf
// leaders to back his own peace formula", "Abiy asked the African leaders to endorse Ethiopia's ten-point plan",
// "Kurti asked the G20 to support an international conference on the plan". The request is a demand only in form:
// the ones asked are third parties whose support is canvassed, and what they are asked to back is the asker's own
// proposal (a possessive of the asker, "own", or a plan or meeting introduced with an indefinite article), so the
// stance is the asker's PROPOSE on the talks (spec §2 PROPOSE; §3 rule 9: a plan as a whole is the talks). The gold of
// the tuning sets types these PROPOSE (some PROPOSE or DEMAND); claim/mediator-proposes made the same change only for
// third parties, never for one of the two sides promoting its plan.
// Not a request to the other side ("Aliyev urged Armenia to back his peace plan": a demand on it), not a request to
// accept or sign (a demand on whoever must agree: 'verbs' holds verbs of support only), not someone else's plan
// ("urged the leaders to back Kenya's plan"), not a definite plan with no owner ("back the plan").
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const ownPlanBacking = defineRule({
  id: 'claim/own-plan-backing', stage: 'claim',
  reason: 'A request to third parties to back the asker\'s own plan ("Pashinyan urged the Gulf leaders to back his own peace formula", "asked the African leaders to endorse Ethiopia\'s ten-point plan", "asked the G20 to support an international conference on the plan") canvasses support for a proposal: the asker\'s PROPOSE on the talks, not a demand. One of \'requests\' heads the trigger; within a few words of it "to" and one of \'verbs\' (support, not acceptance); then the asker\'s own: a possessive pronoun (\'possessives\', "own" optional), a possessive party mention of the asker, or an indefinite article; then one of \'plans\' within four words. Not when a principal side other than the asker is the one asked ("urged Armenia to back his plan"). Test: test/extract/own-plan-backing.test.ts.',
});

/** Whether the DEMAND trigger `t` of `actor` asks third parties to back the asker's own plan (claim/own-plan-backing). */
export function ownPlanBacked(doc: Doc, s: Sentence, t: Trigger, actor: string): boolean {
  const tok = doc.tokens;
  const w = (list: string) => doc.index.words(ownPlanBacking.id, list);
  if (!w('requests').has(tok[t.start]?.lower ?? '')) return false;
  const verbs = w('verbs');
  // "to" and a verb of support within ten words of the request (past the ones asked: "the leaders of India and Brazil").
  let v = -1;
  for (let k = t.start + 1; k < Math.min(s.tEnd - 1, t.start + 11); k++) {
    if (tok[k].text === ';' || tok[k].text === '.' || tok[k].text === ':') return false;
    if (tok[k].lower === 'to' && verbs.has(tok[k + 1].lower)) { v = k + 1; break; }
  }
  if (v < 0) return false;
  const here = doc.actorsBySentence.get(s.index) ?? [];
  // (The other side asked, "urged Armenia to back his plan", is a demand on it.)
  const principals = new Set(doc.principalsAt(s.index));
  if (here.some((a) => a.start > t.start && a.end <= v && !a.possessive && a.codes.some((c) => c !== actor && principals.has(c)))) return false;
  // The owner: "his own", "its", "Ethiopia's own", "President Abiy's", or an indefinite article ("a ten-point plan").
  let k = v + 1;
  if (tok[k]?.lower === 'the') k++;
  const owner = here.find((a) => a.start === k && a.possessive);
  if (owner) {
    if (!owner.codes.includes(actor)) return false;
    k = owner.end;
    // (The possessive mark may be its own token: "Ethiopia ' s".)
    while (k < s.tEnd && (tok[k].text === "'" || tok[k].text === '’' || tok[k].lower === "'s" || tok[k].lower === '’s' || tok[k].lower === 's')) k++;
  } else if (w('possessives').has(tok[k]?.lower ?? '') || tok[k]?.lower === 'a' || tok[k]?.lower === 'an') k++;
  else return false;
  if (tok[k]?.lower === 'own') k++;
  const plans = w('plans');
  for (let j = k; j < Math.min(s.tEnd, k + 7); j++) {
    if (!tok[j].word && tok[j].text !== '-' && !/^["“”]$/.test(tok[j].text)) return false;
    if (plans.has(tok[j].lower)) return true;
  }
  return false;
}
