// Denying that a proposal deserves a good appraisal refuses it: "Washington did not see NATO membership for Kyiv as a
// realistic outcome", "Baku does not consider the Armenian draft acceptable", "Washington did not believe that NATO
// membership for Ukraine was a realistic outcome". The mirror of the reject-predicate cues ("X is not a realistic
// outcome"), where the negation stands on the verb of appraising (see, consider, regard, believe) and not on the
// predicate, so that no cue is found. The appraised thing (the verb's object, or the subject of its that-clause) is
// the content, and nothing after the appraisal; the subject of the verb holds the refusal (the holder rules for a verb
// with its object after it). Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const deniedAppraisal = defineRule({
  id: 'candidate/denied-appraisal', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: 'A party that does not see, consider, regard or believe a proposal to be realistic, viable, acceptable or an option refuses it ("did not see NATO membership for Kyiv as a realistic outcome", "does not consider the draft acceptable", "did not believe that NATO membership was a realistic outcome"): a negator before one of \'verbs\', the appraised thing (at most ten words: the object before "as"/"to be", or after "believe that" the subject before a copula), optional \'fillers\', then one of \'appraisals\'. The refusal is of the appraised thing only (its content ends where the appraisal starts); a thing judged not to be a threat or a report not found realistic gives no refusal of a proposal (\'appraisals\' are words of feasibility and acceptability only, and the content must name an issue).',
});

export interface DeniedAppraisalHit { trigger: Trigger; detail: string }

export function deniedAppraisalCandidates(doc: Doc, s: Sentence, raw: Trigger[]): DeniedAppraisalHit[] {
  const { tokens, index } = doc;
  const verbs = index.words(deniedAppraisal.id, 'verbs');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return [];
  const appraisals = index.words(deniedAppraisal.id, 'appraisals'), fillers = index.words(deniedAppraisal.id, 'fillers');
  const copulas = index.words(deniedAppraisal.id, 'copulas');
  const negator = (k: number) => /^(?:not|n't|never)$/.test(tokens[k]?.lower ?? '');
  const out: DeniedAppraisalHit[] = [];
  for (let i = s.tStart + 1; i < s.tEnd - 3; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    // The negation right before the verb ("did not see", "does not really consider").
    let n = -1;
    for (let k = i - 1; k >= Math.max(s.tStart, i - 3); k--) if (negator(k)) { n = k; break; }
    if (n < 0) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    // The appraised thing: after "that" (believe that X is …) up to a copula, else the object up to "as" / "to be".
    let from = i + 1;
    const clause = tokens[from]?.lower === 'that';
    if (clause) from++;
    let k = from, stop = -1;
    while (k < Math.min(from + 11, s.tEnd) && (tokens[k].word || tokens[k].text === '-' || tokens[k].text === "'")) {
      const w = tokens[k].lower;
      if (clause ? copulas.has(w) : (w === 'as' || (w === 'to' && tokens[k + 1]?.lower === 'be'))) { stop = k; break; }
      // ("does not consider the draft acceptable": the appraisal right after the object, no "as".)
      if (!clause && appraisals.has(w) && k >= from + 2) { stop = k; break; }
      k++;
    }
    if (stop <= from) continue;
    // ("would be": the modal before the copula belongs to the predicate.)
    const bare = appraisals.has(tokens[stop].lower);
    let p = bare ? stop : stop + (tokens[stop].lower === 'to' ? 2 : 1);
    if (clause && tokens[p]?.lower === 'be') p++;
    let contentEnd = stop;
    if (clause && /^(?:would|could|will|can)$/.test(tokens[stop - 1]?.lower ?? '')) contentEnd = stop - 1;
    while (p < s.tEnd && (fillers.has(tokens[p].lower) || /^["“”']$/.test(tokens[p].text))) p++;
    if (!appraisals.has(tokens[p]?.lower ?? '')) continue;
    // (The appraisal's own cue, "acceptable" (accept-predicate), is the predicate denied here, no acceptance.)
    for (let r = raw.length - 1; r >= 0; r--) if (raw[r].start >= stop && raw[r].start <= p) raw.splice(r, 1);
    const t: Trigger = { start: i, end: i + 1, type: 'REJECT', cue: null, rule: 'denied-appraisal', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd, negatedAt: n };
    out.push({ trigger: t, detail: `not ${tokens[i].lower} … ${tokens[p].lower}` });
    i = p;
  }
  return out;
}
