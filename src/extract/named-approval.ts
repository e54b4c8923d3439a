// "Zelensky called the security provision encouraging", "Merz called the US proposal 'a crucial step forward'",
// "Baku described the Armenian draft as constructive": a party naming a proposal with a word of approval accepts it
// (spec §2: ACCEPT welcomes or endorses another's proposal), as naming it with a noun of condemnation refuses it
// (candidate/named-judgement, evaluation.ts). The namer is the holder (holder/predicate-speaker), what is named is the
// content (object 'before'). A meeting judged ("called the talks constructive") states how a round went, no stance on
// a proposal: what is named must be a proposal or a term of the settlement, and not a meeting.
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';

export const namedApproval = defineRule({
  id: 'candidate/named-approval', stage: 'candidate',
  reason: 'A party naming a proposal with a word of approval accepts it: "called the NATO-type provision encouraging", "described the draft as constructive", "called the US proposal \'a crucial step forward\'". A verb of naming (holder/predicate-speaker describeVerbs), its object (two to seven words, naming a proposal (\'objectNouns\', content/plan-is-talks words) or a term of the settlement other than the talks, and no meeting: \'meetingNouns\'), an optional "as", \'fillers\', then one of \'words\', or a step (\'steps\') that a \'stepModifiers\' word or "forward"/"in the right direction" makes good. Not negated ("did not call it constructive"); the judgement ends its phrase.',
});

const KEY = defineWordClass('named-approval verbs', (index) => new Set(index.words('holder/predicate-speaker', 'describeVerbs')));

export interface NamedApprovalHit { trigger: Trigger; detail: string }

const quoteMark = (x: { text: string } | undefined): boolean => !!x && (x.text === '"' || x.text === '“' || x.text === '”');

export function namedApprovalCandidates(doc: Doc, s: Sentence, raw: Trigger[]): NamedApprovalHit[] {
  if ((s.classes & KEY.bit) === 0) return [];
  const { tokens, index } = doc;
  const naming = index.words('holder/predicate-speaker', 'describeVerbs');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, naming)) return [];
  const words = index.words(namedApproval.id, 'words'), steps = index.words(namedApproval.id, 'steps');
  const stepModifiers = index.words(namedApproval.id, 'stepModifiers'), fillers = index.words(namedApproval.id, 'fillers');
  const objectNouns = index.words(namedApproval.id, 'objectNouns'), plans = index.words('content/plan-is-talks');
  const meetings = index.words(namedApproval.id, 'meetingNouns');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const out: NamedApprovalHit[] = [];
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!naming.has(tokens[i].lower)) continue;
    if (/^(?:not|never|n't)$/.test(tokens[i - 1]?.lower ?? '') || /^(?:not|never|n't)$/.test(tokens[i - 2]?.lower ?? '')) continue;
    // A party names it: the subject of the verb of naming (holder/predicate-speaker reads the same), not a party
    // inside the object ("Analysts called the Armenian proposal constructive": nobody's acceptance).
    if (!actors.some((a) => a.end <= i && i - a.end <= 30 && !a.object && !a.possessive && a.kind !== 'adjective-role' && a.kind !== 'document')) continue;
    // The object: words (a hyphen inside a word included: "the NATO-type provision"), at least two, at most seven.
    let proposal = false, meeting = false;
    for (let j = i + 1; j < Math.min(i + 9, s.tEnd); j++) {
      const x = tokens[j];
      if (j >= i + 3) {
        let k = j;
        if (tokens[k].lower === 'as') k++;
        if (quoteMark(tokens[k])) k++;
        const judged = approvalAt(k);
        if (judged) {
          if (proposal && !meeting) {
            const t: Trigger = { start: j, end: judged.end, type: 'ACCEPT', cue: null, rule: 'named-approval', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false };
            // (The word of approval may be a cue of its own, "encouraging" (urging a party): here it names no party, it judges.)
            for (let r = raw.length - 1; r >= 0; r--) if (raw[r].start >= k && raw[r].end <= judged.end) raw.splice(r, 1);
            // (A stance noun's span may run on over the words after it: only a candidate that starts inside counts.)
            if (!raw.some((r) => r.start < judged.end && r.start >= j)) out.push({ trigger: t, detail: `${tokens[i].lower} … ${judged.word}` });
          }
          i = judged.end - 1;
          break;
        }
      }
      if (!x.word && x.text !== '-' && x.text !== "'") break;
      if (objectNouns.has(x.lower) || plans.has(x.lower) || doc.issueAt.get(j)?.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks' && !v.weak)) proposal = true;
      if (meetings.has(x.lower)) meeting = true;
    }
  }
  return out;

  /** A word of approval from `k` (past fillers), ending its phrase: its end and the word, else null. */
  function approvalAt(k: number): { end: number; word: string } | null {
    while (k < s.tEnd && fillers.has(tokens[k].lower)) k++;
    // ("an important step", "a real step forward": modifiers of a step, which is good with one of them.)
    // ("a strong and much-needed signal", "a possible basis": modifiers joined by "and" or a hyphen; the step may be a
    // sign, a signal or a basis, rules.json 'steps'.)
    let m = k;
    while (m < s.tEnd && (stepModifiers.has(tokens[m].lower) || (m > k && (tokens[m].lower === 'and' || tokens[m].text === '-') && stepModifiers.has(tokens[m + 1]?.lower ?? '')))) m++;
    const stepAt = steps.has(tokens[m]?.lower ?? '') ? m : -1;
    let end = -1, w = tokens[k]?.lower ?? '';
    if (stepAt >= 0) {
      w = tokens[stepAt].lower;
      if (tokens[stepAt + 1]?.lower === 'forward') end = stepAt + 2;
      else if (tokens[stepAt + 1]?.lower === 'in' && tokens[stepAt + 2]?.lower === 'the' && tokens[stepAt + 3]?.lower === 'right' && tokens[stepAt + 4]?.lower === 'direction') end = stepAt + 5;
      else if (m > k) end = stepAt + 1;
    } else if (words.has(w)) end = k + 1;
    if (end < 0) return null;
    if (quoteMark(tokens[end])) end++;
    const after = tokens[end];
    // (The judgement ends its phrase: "called the plan constructive and …", not "called the constructive proposal …".)
    if (after && after.word && !/^(?:and|but|because|as|by|on|in|for|at|while|although|though|since)$/.test(after.lower)) return null;
    return { end, word: w };
  }
}
