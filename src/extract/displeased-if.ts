// Displeasure held over another party's non-compliance is a demand of what it is to do: "Trump said he would not be
// happy if Putin did not agree to a ceasefire", "Addis Ababa would be very disappointed if Asmara failed to withdraw
// from Badme", "Washington will be unhappy if Hamas does not release the hostages". The speaker states how it will
// take a refusal, which asks for the act the "if" clause denies (spec §2 DEMAND: the actor wants another party to do
// something). No cue matched it: "happy" is no stance word, and the act inside the condition ("agree to") is a
// candidate only trigger/blocker drops (a stance inside an "if" clause is none). Read: a modal of will, a predicate of
// displeasure ('displeased': "be unhappy", "be disappointed") or a negated one of pleasure ('pleased': "not be happy",
// "not be pleased"), up to two intensifiers ('intensifiers': "very"), then "if" right after it and, in that clause, a
// negation ('negations') or a verb of refusing or failing ('failures'). The content is the "if" clause, its subject the
// party asked. Not a clause of the speaker's own wish ("would be happy if Russia agreed": no refusal held over anyone),
// not "happy to" (a readiness, cue willing), not without a modal ("was not happy that …": a reaction to a fact).
// Words: rules.json candidate/displeased-if.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { conditionEnd } from './condition-marks.js';

export const displeasedIf = defineRule({
  id: 'candidate/displeased-if', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: ['pleased', 'displeased'] }],
  reason: 'A modal of will (\'modals\') with a predicate of displeasure (\'displeased\': "would be unhappy", "will be disappointed") or a negated one of pleasure (\'pleased\' after "not": "would not be happy"), up to two \'intensifiers\', then an "if" clause that denies an act (\'negations\': "did not agree", "does not release"; \'failures\': "failed to withdraw", "refused to sign") asks for that act: a DEMAND whose content is the "if" clause ("Trump said he would not be happy if Putin did not agree to a ceasefire" = USA DEMAND ceasefire). Not a wish with no refusal ("would be happy if Russia agreed"), not "happy to" (readiness), not without a modal ("was not happy that …").',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** The demands "would not be happy if X did not …" of a sentence. */
export function displeasedIfCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(displeasedIf.id, list);
  const pleased = w('pleased'), displeased = w('displeased');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, pleased) && !doc.sentenceWords.has(s.index, displeased)) return out;
  const modals = w('modals'), intensifiers = w('intensifiers'), negations = w('negations'), failures = w('failures');
  const { tokens } = doc;
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    if (!modals.has(lower(doc, i))) continue;
    // modal, an optional negation ("not", "n't"), "be", intensifiers, the adjective, "if".
    let j = i + 1;
    let negated = false;
    if (negations.has(lower(doc, j))) { negated = true; j++; }
    if (lower(doc, j) !== 'be') continue;
    j++;
    for (let n = 0; n < 2 && intensifiers.has(lower(doc, j)); n++) j++;
    const adjective = lower(doc, j);
    if (!(negated ? pleased.has(adjective) : displeased.has(adjective))) continue;
    const cond = j + 1;
    if (lower(doc, cond) !== 'if') continue;
    const end = Math.min(conditionEnd(doc, cond + 1), s.tEnd);
    let denied = -1;
    for (let k = cond + 1; k < end; k++) if (negations.has(lower(doc, k)) || failures.has(lower(doc, k))) { denied = k; break; }
    if (denied < 0) continue;
    // (The act denied is the condition's own: a stance found inside it, "refused", "agree to", is this demand's
    // content, not a stance to chain with it.)
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= i && raw[q].start < end) raw.splice(q, 1);
    const t: Trigger = { start: i, end: cond + 1, type: 'DEMAND', cue: null, rule: 'displeased-if', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: end };
    out.push({ trigger: t, detail: `"${tokens[i].text} … ${tokens[j].text} if" + "${tokens[denied].text}": the act the condition denies is asked for` });
    i = cond;
  }
  return out;
}
