// A demand that the risk of a measure on the frozen assets be shared (issue 7, demands missed outright).
//
// content/shared-risk: "Belgium, where most of the assets are held, demanded that the risks be shared by all member
// states", "insisted that the other member states share the legal and financial risks", "wants its risks covered
// before it will agree", "demanded unlimited guarantees from other member states": the state that holds the frozen
// assets asks its partners to carry the legal and financial risk of using them with it. The demand names no issue term
// of its own (a risk is none), yet it is a term of the measure on the assets (spec §2: frozen assets are sanctions),
// so it is read as sanctions when the assets (or another sanctions term) are named in its sentence or the three before.
// Read only when a risk noun stands next to a verb or noun of sharing or covering ("share the risk", "the risks be
// shared", "a mutualisation of the risks"), or guarantees are asked "from" other states or partners; "the risk of
// escalation", "a risky step" or guarantees for Ukraine's security are no such thing. Words: rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const sharedRisk = defineRule({
  id: 'content/shared-risk', stage: 'content',
  reason: 'A demand that names no issue but asks that the risk of a measure be shared or covered ("demanded that the risks be shared by all member states", "wants its risks covered", "insisted that the others share the legal risk", "demanded unlimited guarantees from other member states") is a term of the measure on the frozen assets when the assets or another sanctions term are named in its sentence or the three before (spec §2: frozen assets are sanctions); a risk noun (\'riskNouns\') within four words of a word of sharing or covering (\'shareWords\'), or a guarantee noun (\'guaranteeNouns\') followed within three words by "from" and one of \'fromWords\'. Not a risk named alone ("the risk of escalation"), nor with no sanctions term near.',
});

/** The sanctions item of a demand to share the risk of the measure on the assets; else none. */
export function sharedRiskItems(doc: Doc, s: Sentence, t: Trigger, to: number): IssueItem[] {
  if (t.type !== 'DEMAND' || t.negated) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(sharedRisk.id, list);
  const risks = w('riskNouns'), share = w('shareWords'), guarantees = w('guaranteeNouns'), from = w('fromWords');
  // The stance's words: its content, and a few words before the cue for a passive's subject ("the risks must be shared").
  const first = Math.max(s.tStart, t.start - 6), last = Math.min(s.tEnd, Math.max(to, t.end) + 4);
  let found = false;
  for (let k = first; k < last && !found; k++) {
    const x = tokens[k].lower;
    if (risks.has(x)) {
      for (let j = Math.max(s.tStart, k - 4); j <= Math.min(s.tEnd - 1, k + 4) && !found; j++) if (j !== k && share.has(tokens[j].lower)) found = true;
    } else if (guarantees.has(x) && k >= t.end) {
      for (let j = k + 1; j <= Math.min(s.tEnd - 2, k + 3); j++) {
        if (!tokens[j].word) break;
        if (tokens[j].lower === 'from') { found = from.has(tokens[j + 1].lower) || from.has(tokens[j + 2]?.lower ?? ''); break; }
      }
    }
  }
  if (!found) return [];
  // The measure: a sanctions term (the frozen assets, the loan drawn on them) in this sentence or the three before.
  const start = doc.sentences[Math.max(0, s.index - 3)].tStart;
  let named = false;
  for (let k = start; k < s.tEnd && !named; k++) named = !!doc.issueAt.get(k)?.values.some((v) => v.issue === 'sanctions' && !v.weak);
  if (!named) return [];
  return [{ issue: 'sanctions', regions: [], start: t.start, end: Math.max(to, t.end) }];
}
