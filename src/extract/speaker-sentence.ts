// A sentence that only names who is about to speak ("Israel's defence minister addressed the sequence on Monday.",
// "Sandu was clear about the order of things.") makes no claim of its own, so before this rule nothing carried its
// party on: the unattributed stances of the next sentences of its paragraph ("India would first have to release the
// fishermen.", "Only if Hamas disarms will there be …") found no holder. Such a sentence now carries its speaker.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { actorsIn, type Holder } from './holder.js';
import { defineRule } from './rules/registry.js';

export const speakerSentenceRule = defineRule({
  id: 'discourse/speaker-sentence', stage: 'discourse',
  reason: 'A sentence whose subject is a party and whose verb introduces what it says ("Pakistan\'s foreign minister outlined the sequence on Friday.", "Venezuela\'s vice president spoke in Caracas.", "Sandu was clear about the order of things.") and that makes no claim of its own carries that party, as a claim\'s holder is carried, to the next sentences of its paragraph: "India would first have to release the fishermen" and "Only if Hamas lays down its weapons …" are then the speaker\'s. Only such verbs (rules.json): "Aliyev met Pashinyan." or "Azerbaijan retook Karabakh." name no speaker.',
});

/** The party a claimless sentence introduces as the speaker of what follows, else null. */
export function sentenceSpeaker(doc: Doc, s: Sentence): Holder | null {
  const { tokens } = doc;
  const list = actorsIn(doc, s.index);
  const m = list[0];
  if (!m || !m.codes.length || m.object || m.inQuote || m.kind === 'document' || (m.kind === 'pronoun' && m.possessive)) return null;
  // The subject opens the sentence ("The Venezuelan foreign minister …"), or follows a short adjunct closed by a comma
  // ("On Monday, …").
  const first = tokens[s.tStart]?.lower === 'the' ? s.tStart + 1 : s.tStart;
  if (m.start !== first && !(tokens[m.start - 1]?.text === ',' && m.start - s.tStart <= 6)) return null;
  const verbs = doc.index.words(speakerSentenceRule.id);
  const copulas = doc.index.words(speakerSentenceRule.id, 'copulas');
  const judgements = doc.index.words(speakerSentenceRule.id, 'judgements');
  const skip = doc.index.words(speakerSentenceRule.id, 'skip');
  // Past the person's name and a role noun ("Sudan's army chief Abdel Fattah al-Burhan", "Ethiopia's government
  // spokesman"), a possessor's role ("Armenia's deputy foreign minister") and an adverb ("then", "also").
  for (let k = m.end; k < s.tEnd && k - m.end <= 6; k++) {
    const x = tokens[k];
    if (verbs.has(x.lower)) return { codes: [...m.codes], mention: m, via: 'speaker', rule: speakerSentenceRule.id };
    if (copulas.has(x.lower)) return judgements.has(tokens[k + 1]?.lower ?? '') ? { codes: [...m.codes], mention: m, via: 'speaker', rule: speakerSentenceRule.id } : null;
    const passes = x.cap || x.text === '-' || skip.has(x.lower) || (m.possessive && (x.word || x.text === "'" || x.text === '’'));
    if (!passes) return null;
  }
  return null;
}

export const unknownSpeakerRule = defineRule({
  id: 'discourse/unknown-speaker', stage: 'discourse',
  reason: '"Peskov said a settlement must reflect the new realities. Speaking before flying home, Sall said Africa had a stake in the war. He called on Moscow and Kyiv to begin talks": a claimless sentence whose speaker is a person the lexicon does not know (a name right before a verb of saying, no known party before it) gives the floor to someone else, so the holder carried from before it ends there: the "he" after it is that unknown person, not the party of the last claim.',
});

/** Whether a claimless sentence's speaker is a person no party is known for (discourse/unknown-speaker). */
export function unknownSpeakerSentence(doc: Doc, s: Sentence): boolean {
  const { tokens } = doc;
  const all = doc.mentions.actors;
  // (The sentence's first mention, found by halving the sorted mentions.)
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].start < s.tStart) lo = mid + 1; else hi = mid; }
  const speech = doc.index.words('speech-verbs');
  for (let k = lo; k < all.length && all[k].sentence === s.index; k++) {
    const m = all[k];
    if (m.inQuote || m.object) continue;
    if (m.codes.length) return false;
    if (m.kind !== 'person') continue;
    for (let j = m.end; j < m.end + 3 && j < s.tEnd; j++) if (speech.has(tokens[j].lower)) return true;
  }
  return false;
}
