// A warning to an addressee against a step: "Russia warned European countries against sending troops to Ukraine",
// "Beijing cautioned Washington against arms sales to Taipei". Joined, "warned against the deployment" is a refusal
// cue (cues.json reject); with the addressee between the verb and "against" the cue does not match, and the warning
// alone, which names no harmful step of its own, was dropped (trigger/warning-is-threat). The step after "against"
// is refused by the one who warns. Words: rules.json candidate/warned-against.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const warnedAgainst = defineRule({
  id: 'candidate/warned-against', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: 'A verb of warning (\'verbs\'), its addressee (one to \'maxGap\' words, no comma and none of \'clauseWords\'), then "against" and a step: the step is refused by the one who warns, as the joined cue "warned against" reads it ("Russia warned European countries against sending troops to Ukraine" = RUS REJECT security_guarantees, "Beijing cautioned Washington against new arms sales to Taipei"). The bare warning cue at the verb is this stance. Not "warned that …", which a modal or a condition makes a threat (trigger/warning-is-threat).',
});

/** The refusals "warned X against Y" of a sentence; replaces the warning cue at the verb. */
export function warnedAgainstCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const verbs = doc.index.words(warnedAgainst.id, 'verbs');
  if (!verbs.size) return out;
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const clauseWords = doc.index.words(warnedAgainst.id, 'clauseWords');
  const maxGap = Number(doc.index.vocab.rules[warnedAgainst.id]?.maxGap ?? 6);
  const { tokens } = doc;
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    let k = -1;
    for (let j = i + 1, words = 0; j < s.tEnd - 1 && words <= maxGap; j++) {
      const x = tokens[j];
      if (x.lower === 'against') { k = j; break; }
      if (clauseWords.has(x.lower) || (!x.word && x.text !== "'" && x.text !== '.' && x.text !== '-')) break;
      if (x.word) words++;
    }
    // (Joined, "warned against", the cue reads it.)
    if (k <= i + 1) continue;
    // (A party as the addressee: the gap-verb reading of the joined cue already has it, "cautioned Washington against".)
    if (raw.some((r) => r.start === i && r.end > k && r.type === 'REJECT')) continue;
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start === i) raw.splice(q, 1);
    const t: Trigger = { start: i, end: k + 1, type: 'REJECT', cue: null, rule: 'warned-against', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger: t, detail: `"${tokens[i].text} … against": the step warned against is refused` });
    i = k;
  }
  return out;
}
