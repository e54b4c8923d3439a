// Preferences stated as the best way out (issue 7, goals and preconditions): "the optimal option for Ukraine would
// be a return to the 1991 borders", "The only solution is a full withdrawal of Russian troops", "The best outcome
// would be direct talks between the presidents". What a speaker calls the best or only way out is what it demands.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const preferredOutcome = defineRule({
  id: 'candidate/preferred-outcome', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: ['words', 'proposeWords'] }],
  reason: 'What a speaker calls the best, optimal or only way out is its demand: "the optimal option for Ukraine would be a return to the 1991 borders", "The only solution is a full Russian withdrawal", "the best outcome would be direct talks". The content is what follows the copula; the holder is the speaker (the holder rules: a quote\'s or trailing speaker, a possessor of the option). An analyst\'s "best outcome" holds nothing (no party).',
});

export function preferredOutcomeCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(preferredOutcome.id, list);
  const demandWords = w('words'), proposeWords = w('proposeWords');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, demandWords) && !doc.sentenceWords.has(s.index, proposeWords)) return out;
  const nouns = w('nouns'), copulas = w('copulas');
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    const fair = proposeWords.has(tokens[i].lower);
    if ((!fair && !demandWords.has(tokens[i].lower)) || !nouns.has(tokens[i + 1]?.lower ?? '')) continue;
    // Past "for Ukraine", "in this war" (four words at most) to the copula: "would be", "is", "remains".
    let c = i + 2;
    while (c < Math.min(i + 7, s.tEnd) && !copulas.has(tokens[c].lower) && tokens[c].word) c++;
    if (!copulas.has(tokens[c]?.lower ?? '')) continue;
    // (A copula after "and" or "but" is a verb of the sentence's subject coordinated after the phrase, not the phrase's
    // own: "advocated dialogue as the only way out of the conflict and was ready to contribute …".)
    if (c > i + 2 && w('coordinators').has(tokens[c - 1].lower)) continue;
    let e = c + 1;
    if (tokens[c].lower === 'would' || tokens[c].lower === 'will' || tokens[c].lower === 'could') { if (tokens[e]?.lower !== 'be') continue; e++; }
    // ("the only option is to …" keeps its verb: "to" opens the content too.)
    if (e >= s.tEnd || raw.some((r) => r.start >= i && r.start < e)) continue;
    // (A fair or reasonable way out is a compromise the speaker puts forward, "the fair option is to stay where the
    // armies stand": PROPOSE, rules.json 'proposeWords'; the best or only one is what it wants of the other side.)
    const t: Trigger = { start: i, end: e, type: fair ? 'PROPOSE' : 'DEMAND', cue: null, rule: 'preferred-outcome', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger: t, detail: `"${tokens[i].text} ${tokens[i + 1].text}": ${fair ? 'the compromise the speaker puts forward' : 'the way out the speaker wants'}` });
    i = e;
  }
  return out;
}
