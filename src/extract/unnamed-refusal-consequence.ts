// What will happen if another party refuses, with no party as the subject of what happens, is the speaker's threat
// (issue 7: a family of wordings the tuning sets' misses showed): "if Kyiv and the West rejected the offer, the
// conditions for talks would be different next time", "U.S. weapons deliveries could be reduced if Kyiv refused to
// engage", "If Kyiv refused it, he said, Russian forces would take more ground". candidate/refusal-consequence reads
// the same condition with a party as the subject ("Washington would increase its support for Ethiopia if Eritrea
// refused to negotiate"); candidate/impersonal-consequence reads a penalty with no party as the subject under any
// condition ("there would be a tightening of sanctions"). Here the condition is the strict one (refusalConditionAt: a
// verb of refusing, breaching or stalling, or a negated verb of complying, in an "if" clause), so any step after the
// modal is held over the refusing party, whatever its verb. The subject and the predicate are the content: the issue
// is what changes ("the conditions for talks", "weapons deliveries"), and with none named the claim is dropped.
// Held like a deontic, by the quote's or the sentence's speaker (modal: the deontic-speaker holder rule), not by the
// party inside the condition. Words: rules.json candidate/unnamed-refusal-consequence.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { refusalConditionAt } from './refusal-consequence.js';
import type { Trigger } from './triggers.js';

export const unnamedRefusalConsequence = defineRule({
  id: 'candidate/unnamed-refusal-consequence', stage: 'candidate',
  reason: 'A modal step whose subject is no party, in a sentence whose "if" clause is another party\'s refusal, breach or stalling (refusalConditionAt, candidate/refusal-consequence), is the speaker\'s threat whatever its verb: "if Kyiv and the West rejected the offer, the conditions for talks would be different next time", "U.S. weapons deliveries could be reduced if Kyiv refused to engage". The subject and the predicate name the issue. Not a negated step ("would not change"), not a pronoun subject ("it would be their responsibility": \'pronouns\'), and not past a reporting verb that opens a second clause; a reporting aside between the condition and the subject ("If Kyiv refused it, he said, Russian forces would …": \'speechVerbs\') is stepped over.',
});

/** Tokens that end the subject going back from the modal. */
const SUBJECT_BOUNDARY = new Set([',', ';', ':', 'that', 'and', 'but', '(', ')', '—', '–']);

/**
 * At the modal `i` whose subject is no party, in a sentence with a condition: the THREATEN trigger of a step held
 * over the party that refuses in the sentence's "if" clause, else null.
 */
export function unnamedRefusalConsequenceAt(doc: Doc, s: Sentence, i: number): { t: Trigger; why: string } | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(unnamedRefusalConsequence.id, list);
  // (Not negated: "the situation would not change if Kyiv refused" foretells nothing held over it.)
  for (let k = i + 1; k <= i + 2 && k < s.tEnd; k++) if (['not', 'never', 't', "n't"].includes(tokens[k].lower)) return null;
  // The subject: back from the modal to a clause boundary or a verb of saying ("Washington said weapons deliveries
  // could …"), at most nine words; a battle for a place may take twelve ("events on the battlefield such as the capture
  // of Kupiansk would …", "the kind of advance Russian forces had made at Kupiansk would …": landEvent below).
  let b = i - 1;
  while (b > s.tStart && b >= i - 12 && !SUBJECT_BOUNDARY.has(tokens[b - 1].lower) && tokens[b - 1].lower !== 'if' && !w('speechVerbs').has(tokens[b - 1].lower)) b--;
  if (b === i || b < i - 12 || !tokens[b].word) return null;
  if (b < i - 9 && !landEvent(doc, b, i)) return null;
  if (b + 1 === i && w('pronouns').has(tokens[b].lower)) return null;
  // The subject may follow a reporting aside after a fronted condition ("If Kyiv refused it, he said, Russian forces
  // would …"): the condition is then read as if the subject stood at the aside's opening comma.
  let front = b;
  if (tokens[b - 1]?.text === ',') {
    for (let k = b - 2; k >= Math.max(s.tStart, b - 6); k--) {
      if (tokens[k].text !== ',') continue;
      const between = tokens.slice(k + 1, b - 1);
      if (between.some((x) => w('speechVerbs').has(x.lower))) front = k;
      break;
    }
  }
  const cond = refusalConditionAt(doc, s, i, front === b ? b : front);
  if (cond < 0) return null;
  // The content: the subject and the predicate, to the clause's end (not the condition when it follows).
  let e = i + 1;
  while (e < s.tEnd && e < i + 14 && !SUBJECT_BOUNDARY.has(tokens[e].lower) && tokens[e].lower !== 'if' && tokens[e].lower !== 'unless' && tokens[e].text !== '.') e++;
  const t: Trigger = { start: i, end: i + 1, type: 'THREATEN', cue: null, rule: 'consequence-threat', negated: false, nominal: false, complement: false, modal: true, object: 'before', modality: 'conditional', exchange: false, subject: [b, e] };
  // ("If Kyiv refused, the fall of Kupiansk would be repeated elsewhere", "the events that happened in Lachin will be
  // repeated on other fronts": a battle for a place that will happen again is more land taken, territory, though no
  // term of land is named; 'landEvents' in the subject with a place or a word of the front, a free relative too, "what
  // happened in Lachin would be repeated in other districts". The subject alone names
  // it: "in other sectors of the front" after the verb says where, not a ceasefire line.)
  if (landEvent(doc, b, i)) { t.defaultIssue = 'territory'; t.subject = [b, i]; t.end = e; }
  return { t, why: `modal + a step with no party as its subject, under another party's refusal ("${tokens[cond].text} …")` };
}

/** The subject [b, i) names a battle for a place: one of 'landEvents' ("the fall of", "the capture of", "the events
 * that happened in") and a place or one of 'frontWords' ("on the battlefield"), within the subject's first words. */
function landEvent(doc: Doc, b: number, i: number): boolean {
  const w = (list: string) => doc.index.words(unnamedRefusalConsequence.id, list);
  const events = w('landEvents'), front = w('frontWords');
  let event = false, place = false;
  for (let k = b; k < i && k < b + 12; k++) {
    if (events.has(doc.tokens[k].lower)) event = true;
    // (A place the lexicon does not know is still a name after "of", "in" or "at", "the" between or not: "the fall of
    // Lachin", "the advance its troops made at Badme", "the storming of the Jarinje crossing".)
    const before = doc.tokens[k - 1]?.lower === 'the' ? doc.tokens[k - 2]?.lower : doc.tokens[k - 1]?.lower;
    const named = doc.tokens[k].cap && (before === 'of' || before === 'in' || before === 'at');
    if (doc.placeAt.has(k) || named || front.has(doc.tokens[k].lower)) place = true;
  }
  return event && place;
}
