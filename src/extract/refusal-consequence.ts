// A party's own step under another party's refusal is a threat (issue 7: "would A if B" is an offer of A when B is what
// is wanted, and a threat of A when B is the other side's refusing or breaking it). "Slovenia would support a new
// package of EU sanctions if Belgrade continued to reject a ceasefire", "Baku would pursue Yerevan in international
// courts if the assets were seized", "if Eritrea refused to negotiate, Washington would increase its support for
// Ethiopia": what the speaker's side will do if the other does not comply is held over it, whatever the verb. The
// condition is read, not the verb: an "if" clause (condition-marks.ts) with a verb of refusing, breaching, stalling or
// seizing ('refusals'), a negation before a verb of complying ('complianceVerbs': "did not withdraw", "does not
// agree"), or "no" before a settlement word ('absentNouns': "if no ceasefire is in place", "if there is no deal").
// Words: rules.json candidate/refusal-consequence.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { conditionAt, conditionEnd, CONDITION_START } from './condition-marks.js';
import { inClass } from '../annotate/word-classes.js';
import { defineRule } from './rules/registry.js';

export const refusalConsequence = defineRule({
  id: 'candidate/refusal-consequence', stage: 'candidate',
  reason: 'A party\'s modal step in a sentence whose "if" clause is another party\'s refusal, breach or stalling ("if Belgrade continued to reject a ceasefire", "if the assets were seized", "if Kyiv did not withdraw", "if no ceasefire is in place") is held over that party: a threat (THREATEN), whatever its verb ("would support new sanctions", "would pursue it in the courts", "would increase its support for Ethiopia"); an offer or an acceptance cue on that step becomes the threat. \'refusals\': verbs of refusing, breaching, stalling, going ahead or seizing; \'complianceVerbs\': the verbs a negation before them turns into not complying; \'absentNouns\': settlement words after "no"; \'negations\': the negation words. A fronted condition is read across a reporting aside ("If Russia broke the deal, Zelensky said, he would ask Trump for more sanctions").',
});

/** Whether the words from `a` to `b` (exclusive) hold a clause break: "but", "while", a semicolon, or a verb of saying
 * ("… could form the basis of a settlement, but warned that if Kyiv refused, …"). */
function clauseBreak(doc: Doc, a: number, b: number): boolean {
  const breaks = doc.index.words(refusalConsequence.id, 'clauseBreaks');
  for (let k = a; k < b; k++) if (breaks.has(doc.tokens[k].lower)) return true;
  return false;
}

/** The start of an "if" clause of non-compliance in `s` that governs the modal at `at` whose subject starts at
 * `subjectStart`: right after the step's clause with no clause break between ("would pursue them in court if …"), or
 * fronted, its comma right before the subject ("If Eritrea refused, Washington would …"); -1 when there is none. */
export function refusalConditionAt(doc: Doc, s: Sentence, at: number, subjectStart: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(refusalConsequence.id, list);
  const refusals = w('refusals'), comply = w('complianceVerbs'), absent = w('absentNouns'), negations = w('negations');
  for (let k = s.tStart; k < s.tEnd; k++) {
    if (!inClass(tokens[k], CONDITION_START)) continue;
    const mark = conditionAt(doc, k);
    if (!mark || mark.kind !== 'if' || tokens[k].lower !== 'if') continue;
    const from = k + mark.length;
    const end = Math.min(conditionEnd(doc, from), s.tEnd);
    if (at >= k && at < end) continue;
    const after = k > at && k - at <= 20 && !clauseBreak(doc, at, k);
    // ("If Russia broke the deal, Zelensky said, he would ask …": a reporting aside between the fronted condition and
    // the subject is stepped over, discourse/reporting-aside.)
    const resume = (tokens[end]?.aside ?? 0) > 0 ? tokens[end].aside + 1 : end;
    const fronted = k < subjectStart && subjectStart - resume <= 3 && subjectStart >= end && !clauseBreak(doc, resume, subjectStart);
    if (!after && !fronted) continue;
    for (let j = from; j < end; j++) {
      const x = tokens[j].lower;
      if (refusals.has(x)) return k;
      // ("did not withdraw", "does not agree", "did not 'commit to a ceasefire'".)
      if (negations.has(x)) for (let n = j + 1; n < Math.min(end, j + 4); n++) if (comply.has(tokens[n].lower)) return k;
      // ("if no ceasefire is in place", "if there is no movement".)
      if (x === 'no' && absent.has(tokens[j + 1]?.lower ?? '')) return k;
    }
  }
  return -1;
}
