// A side that says it will have the right to defend itself if the other side acts warns of a military response (spec
// §2 THREATEN: a harmful step announced, here force): "In that case, Ukraine will have the full right to self-defence",
// "Kyiv would then have 'every right to self-defence'", "Armenia would have the right to respond if Baku attacked". The
// claim is the warning of future force, so the right must be one the side "will"/"would" have: "Israel has the right to
// defend itself" states a principle, no warning. Issue: the fighting (ceasefire), as for "an immediate military
// response" (cue retaliation-response). Words: rules.json candidate/self-defence-right.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const selfDefenceRight = defineRule({
  id: 'candidate/self-defence-right', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'acts' }],
  reason: 'A right to defend oneself that a side "will" or "would" have ("will have the full right to self-defence", "would then have \'every right to self-defence\'", "would have the right to respond") is a warning of force, a THREATEN on the fighting: a future modal (\'modals\'), at most "then" and "have", the words of the right (\'between\': "the", "full", "every", quotes) and "right to" before one of \'acts\' ("self-defence", "defend", "respond", "exercise"). Not the present "has the right to defend itself" (a principle), nor a negated modal ("would not have the right").',
});

export function selfDefenceRightCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(selfDefenceRight.id, list);
  const acts = w('acts');
  // (Speed: no sentence without one of its acts can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, acts)) return out;
  const modals = w('modals'), between = w('between');
  for (let i = s.tStart + 2; i < s.tEnd - 2; i++) {
    if (tokens[i].lower !== 'right' || tokens[i + 1]?.lower !== 'to' || !acts.has(tokens[i + 2]?.lower ?? '')) continue;
    // Back over the right's words to "have", then "then", then the modal.
    let j = i - 1;
    while (j > s.tStart && (between.has(tokens[j].lower) || tokens[j].text === '"')) j--;
    if (tokens[j].lower !== 'have') continue;
    j--;
    if (tokens[j]?.lower === 'then') j--;
    if (!modals.has(tokens[j]?.lower ?? '') || doc.sentenceOf[j] !== s.index) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const t: Trigger = { start: j, end: i + 2, type: 'THREATEN', cue: null, rule: 'self-defence-right', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'ceasefire' };
    out.push({ trigger: t, detail: `"${tokens[j].text} have … right to ${tokens[i + 2].text}": a right to use force the side will have, a warning` });
  }
  return out;
}
