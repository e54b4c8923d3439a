// A penalty's relief set behind a condition (issue confusions, forty-second session): "the withdrawal of all Russian
// forces would be among the main preconditions for amending or lifting any EU sanctions", "Kosovo's recognition
// remained a key condition for easing the EU's measures on Serbia". The condition noun's cue demands its subject (the
// withdrawal: trigger/predicate-noun), but what the condition is set for is the speaker's own penalty, which it keeps
// until then: a refusal of the relief (spec §2 REJECT "refuses, rules out"), on the penalty's issue. Read by the
// cues alone, the sentence gave only the demand, on the issue of the condition (territory), while the annotators
// file the statement under sanctions (gold of own sets AB, AK, AM, J and blind-late: REJECT, with DEMAND or OFFER as
// the other defensible type). Words: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const withheldRelief = defineRule({
  id: 'candidate/withheld-relief', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'nouns' }],
  reason: 'A condition noun (\'nouns\': condition, precondition, prerequisite) followed by "for" and, within three words, a word of relief (\'relief\': lifting, easing, amending, reconsidering, relief …) of a penalty named within five words after it (\'penalties\': sanctions, restrictions, tariffs, embargo) states that the speaker keeps the penalty until the condition is met: a REJECT of the relief, on the penalty\'s issue, besides the demand of the condition itself. Not when "no" or "not" stands before the noun ("was not a condition for lifting sanctions" sets none).',
});

/** The REJECT triggers of "… a (pre)condition for lifting the sanctions" in a sentence. */
export function withheldReliefCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(withheldRelief.id, list);
  const nouns = w('nouns');
  if (!nouns.size || !doc.sentenceWords.has(s.index, nouns)) return out;
  const relief = w('relief'), penalties = w('penalties'), skips = w('skips');
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    if (!nouns.has(lower(i)) || lower(i + 1) !== 'for') continue;
    // (A negated condition sets none: "was not a condition for lifting", "no precondition for easing".)
    let neg = false;
    for (let k = Math.max(s.tStart, i - 4); k < i && !neg; k++) neg = lower(k) === 'not' || lower(k) === 'no' || lower(k) === 'never';
    if (neg) continue;
    // The relief word within three words after "for" ("for amending or lifting", "for any easing of").
    let r = -1;
    for (let k = i + 2; k < Math.min(i + 5, s.tEnd) && r < 0; k++) if (relief.has(lower(k))) r = k;
    if (r < 0) continue;
    let p = -1;
    for (let k = r + 1; k < Math.min(r + 6, s.tEnd) && p < 0; k++) {
      if (penalties.has(lower(k))) p = k;
      else if (!tokens[k].word || (!skips.has(lower(k)) && !relief.has(lower(k)) && !tokens[k].cap && k > r + 3)) break;
    }
    if (p < 0) continue;
    // (A stance already read on the relief itself is this one. The trigger is the relief word, apart from the condition
    // noun's cue, so that the two are not chained into one stance.)
    if (raw.some((t) => t.type === 'REJECT' && t.start > i && t.start <= p)) continue;
    const t: Trigger = { start: r, end: r + 1, type: 'REJECT', cue: null, rule: 'withheld-relief', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: p + 1, defaultIssue: 'sanctions' };
    out.push({ trigger: t, detail: `"${tokens[i].text} for ${tokens[r].text} … ${tokens[p].text}": the penalty is kept until the condition is met` });
  }
  return out;
}
