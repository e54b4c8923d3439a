// A whole plan, proposal, draft or version appraised by a copula's predicate is accepted or refused as a
// whole, a stance on the talks (spec §3 rule 9): "the Russian proposals were \"reasonable\"" accepts them, "Kyiv's
// formula was \"doomed to failure\"", "the Russian proposal was \"propaganda\"", "the European proposals were \"not
// constructive\"" refuse them. The appraisal words are no cues of their own ("reasonable", "propaganda" say nothing
// outside such a predicate: "a reasonable time", "a ban on propaganda"); here the subject right before the verb of
// being must be a plan noun (content/plan-is-talks 'words', and 'nouns' here: "version", "consensus", "offer",
// "ideas"; not a party's "position", which names no content of its own), the predicate an appraisal ('positive'
// accepts, 'negative' refuses; "not" before a positive one
// refuses). A plan noun the predicate cues already judge ("the European version was \"completely unconstructive\"",
// "the African ideas were \"very difficult to implement\"") but that content/plan-is-talks does not know gets the talks as its
// default issue here (`candidate/appraised-plan`, the same rule). An issue named in the subject still wins ("the
// ceasefire proposal was reasonable" is about the ceasefire). The holder is the speaker who reports the appraisal
// (holder/predicate-speaker): a sentence with no reporting verb and no quote gives nothing.
// Word lists: lexicon/data/rules.json under the rule id.
import { wordUnion } from '../annotate/word-union.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { speechVerbs } from './holder.js';

export const appraisedPlan = defineRule({
  id: 'candidate/appraised-plan', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'copulas' }],
  reason: 'A speaker appraising a whole plan by a copula\'s predicate accepts or refuses it, a stance on the talks (spec rule 9): "the Russian proposals were \\"reasonable\\"" (gold of own AC: BLR ACCEPT talks), "Kyiv\'s formula was \\"doomed to failure\\"" (AW: RUS REJECT talks), "the Russian proposal was \\"propaganda\\"" (AZ, AU: ITA REJECT talks), "the European proposals were \\"not constructive\\"" (AP). The subject right before the verb of being (\'copulas\') is a plan noun (content/plan-is-talks \'words\' or \'nouns\'), past a short phrase after it ("the Serbian version of the text"); the predicate is one of \'positive\' (ACCEPT; after "not": REJECT) or \'negative\' (REJECT), adverbs (\'adverbs\') and quotation marks between. A predicate cue already there (reject-predicate, accept-predicate) whose subject is one of \'nouns\' gets the talks as its default issue ("the European version was \\"completely unconstructive\\"", "the African ideas were \\"very difficult to implement\\"": gold of own AC, AA, AX).',
});

export interface AppraisedPlanHit { trigger: Trigger; detail: string; existing?: boolean }

/** The plan noun heading the subject that ends right before `v` (the verb of being), past quotation marks and a short
 * prepositional phrase ("the Serbian version of the text"), else -1. */
function planSubjectBefore(doc: Doc, s: Sentence, v: number, plans: ReadonlySet<string>): number {
  const { tokens } = doc;
  const preps = doc.index.words(appraisedPlan.id, 'prepositions');
  let k = v - 1;
  while (k > s.tStart && tokens[k].text === '"') k--;
  if (plans.has(tokens[k].lower)) return k;
  // "… version of the text was": up to three words after the noun, opened by a preposition.
  for (let p = k - 1; p >= Math.max(s.tStart, k - 3); p--) {
    if (!tokens[p].word) return -1;
    if (preps.has(tokens[p].lower)) return p - 1 >= s.tStart && plans.has(tokens[p - 1].lower) ? p - 1 : -1;
  }
  return -1;
}

export function appraisedPlanCandidates(doc: Doc, s: Sentence, raw: Trigger[]): AppraisedPlanHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(appraisedPlan.id, list);
  const copulas = w('copulas');
  if (!doc.sentenceWords.has(s.index, copulas)) return [];
  const extra = w('nouns');
  const plans = wordUnion(doc.index.words('content/plan-is-talks'), extra);
  const positive = w('positive'), negative = w('negative'), adverbs = w('adverbs');
  const speech = speechVerbs(doc);
  let spoken = false;
  for (let j = s.tStart; j < s.tEnd && !spoken; j++) spoken = speech.has(tokens[j].lower) || (tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to');
  const out: AppraisedPlanHit[] = [];
  for (let v = s.tStart + 2; v < s.tEnd - 1; v++) {
    if (!copulas.has(tokens[v].lower)) continue;
    const head = planSubjectBefore(doc, s, v, plans);
    if (head < 0) continue;
    // The subject's start: back over its determiner, possessive and modifiers, to a clause break.
    let b = head;
    while (b > s.tStart && (tokens[b - 1].word || tokens[b - 1].text === "'" || tokens[b - 1].text === '-') && !speech.has(tokens[b - 1].lower) && tokens[b - 1].lower !== 'that' && head - b < 6) b--;
    // A predicate cue already there: a plan noun content/plan-is-talks does not know takes the talks.
    const cued = raw.find((r) => r.object === 'before' && r.start > v && r.start <= v + 4 && !!r.cue && (r.type === 'REJECT' || r.type === 'ACCEPT'));
    if (cued) {
      if (extra.has(tokens[head].lower) && !cued.defaultIssue) {
        cued.defaultIssue = 'talks'; cued.wholeMove = true;
        if (!cued.subject) cued.subject = [b, v];
        out.push({ trigger: cued, detail: `“${tokens[head].text}” judged: the whole plan, talks`, existing: true });
      }
      continue;
    }
    if (!spoken && doc.mentions.inQuote[v] !== 1) continue;
    // The predicate: adverbs, "not" and quotation marks, then the appraisal.
    let j = v + 1, neg = false;
    while (j < s.tEnd && (tokens[j].text === '"' || adverbs.has(tokens[j].lower) || tokens[j].lower === 'not')) { if (tokens[j].lower === 'not') neg = true; j++; }
    if (j >= s.tEnd) continue;
    let type: ClaimType | null = null, end = j + 1;
    const two = `${tokens[j].lower} ${tokens[j + 1]?.lower ?? ''}`, three = `${two} ${tokens[j + 2]?.lower ?? ''}`;
    const hit = (list: Set<string>) => list.has(three) ? 3 : list.has(two) ? 2 : list.has(tokens[j].lower) ? 1 : 0;
    const p = hit(positive), n = hit(negative);
    if (p) { type = neg ? 'REJECT' : 'ACCEPT'; end = j + p; }
    else if (n && !neg) { type = 'REJECT'; end = j + n; }
    if (!type) continue;
    // ("the Azerbaijani plan was \"a serious proposal\"": an appraisal before a plan noun classifies the plan as a
    // proposal, trigger/negated-classification's frame when negated; judging it a proposal accepts nothing.)
    if (plans.has(tokens[end]?.lower ?? '')) continue;
    // (A word of the appraisal heading a noun phrase of its own is no predicate: "the plan was a good basis" is the
    // evaluation rule's, "the text was reasonable enough to …" still one.)
    if (raw.some((r) => r.start <= j && j < r.end)) continue;
    const t: Trigger = { start: v, end, type, cue: null, rule: 'appraised-plan', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, defaultIssue: 'talks', wholeMove: true, subject: [b, v] };
    out.push({ trigger: t, detail: `“${tokens.slice(head, end).map((x) => x.text).join(' ')}”: the plan ${type === 'ACCEPT' ? 'accepted' : 'refused'} as a whole` });
    v = end - 1;
  }
  return out;
}
