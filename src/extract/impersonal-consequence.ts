// Threats with no party as the subject of the consequence (issue 7: a family of wordings): "if Russia refused,
// there would be a massive tightening of sanctions", "if Yerevan refuses, the goals will be achieved by military
// means". What follows a condition is the speaker's threat as much as "the EU will impose sanctions if …" is,
// though no one is named to do it: an existential "there will/would be" with a penalty after it (a sanctions term or
// one of 'harms'), or an aim reached "by force" in the passive ('aimPassives' + the harmful-act rule's 'byForce';
// what force would achieve is the land in dispute, territory). Held like a deontic by the quote's or the sentence's
// speaker (modal: the deontic-speaker holder rule), as a penalty in the passive is (candidate/consequence-threat).
// Only with a condition in the sentence: "there will be more sanctions next year" forecasts.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { harmfulAct } from './harm.js';
import type { Trigger } from './triggers.js';

export const impersonalConsequence = defineRule({
  id: 'candidate/impersonal-consequence', stage: 'candidate',
  reason: 'A penalty with no party as its subject under a condition ("if Russia refused, there would be a massive tightening of sanctions", "if Yerevan refuses, the goals will be achieved by military means") is the speaker\'s threat: "there will/would be" and a sanctions term or a harm noun after it (within the clause), or a verb of reaching an aim in the passive with "by force" after it (territory). Not without a condition ("there will be more sanctions next year" forecasts), not negated ("there would be no sanctions" promises none).',
});

const CLAUSE_END = new Set([',', ';', '.', 'if', 'unless', 'but', ':']);

/** The end of "by force", "by military means", … (the harmful-act rule's 'byForce') starting at k, else -1. */
function forceAt(doc: Doc, k: number): number {
  for (const ws of splitPhrases(doc.index.words(harmfulAct.id, 'byForce'))) {
    if (ws.every((w, n) => doc.tokens[k + n]?.lower === w)) return k + ws.length;
  }
  return -1;
}

/**
 * At the modal `i` whose subject is no party, in a sentence with a condition: the THREATEN trigger of an existential
 * penalty ("there would be … sanctions") or of an aim reached by force in the passive, else null.
 */
export function impersonalConsequenceAt(doc: Doc, s: Sentence, i: number): { t: Trigger; why: string } | null {
  const { tokens } = doc;
  if (tokens[i + 1]?.lower !== 'be') return null;
  const make = (end: number, defaultIssue: string): Trigger => ({ start: i, end, type: 'THREATEN', cue: null, rule: 'consequence-threat', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'conditional', exchange: false, defaultIssue });
  // "there would be a massive tightening of sanctions": a penalty named before the clause ends.
  if (tokens[i - 1]?.lower === 'there') {
    const harms = doc.index.words(impersonalConsequence.id, 'harms');
    for (let k = i + 2; k < Math.min(i + 9, s.tEnd); k++) {
      const w = tokens[k].lower;
      if (CLAUSE_END.has(w) || w === 'no' || w === 'not') return null;
      if (harms.has(w) || doc.issueAt.get(k)?.values.some((v) => v.issue === 'sanctions')) return { t: make(i + 2, 'other'), why: `there + modal + be + a penalty ("${tokens[k].text}")` };
    }
    return null;
  }
  // "the goals would be achieved by military means": an aim reached by force, territory.
  if (!doc.index.words(impersonalConsequence.id, 'aimPassives').has(tokens[i + 2]?.lower ?? '')) return null;
  for (let k = i + 3; k < Math.min(i + 7, s.tEnd); k++) {
    if (CLAUSE_END.has(tokens[k].lower)) return null;
    const end = forceAt(doc, k);
    if (end > 0) return { t: { ...make(i + 3, 'territory'), contentEnd: end }, why: 'modal + be + an aim reached by force' };
  }
  return null;
}
