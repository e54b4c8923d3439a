// "Pashinyan told reporters: / - Azerbaijani troops must withdraw from the border villages; / - all prisoners of war
// must be released.": a claimless sentence whose verb of saying ends right at a colon gives the floor to its subject
// for the bullets or numbered points that follow. Before this rule the holder carried from such a sentence ended at
// the paragraph break each bullet line is, so the bullets' deontics and refusals found no speaker.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { actorsIn, type Holder } from './holder.js';
import { listMarkOf } from './numbered-carry.js';
import { defineRule } from './rules/registry.js';

export const saidList = defineRule({
  id: 'discourse/said-list', stage: 'discourse',
  reason: 'A sentence that makes no claim and ends with a verb of saying right before its colon ("Pashinyan told reporters:", "The joint statement of Armenia and France says that:", "Vucic, closing the meeting, said:") introduces its subject\'s words as the bullet or numbered lines that follow: that party is carried into the first line across the paragraph break, and on from line to line as numbered points carry (discourse/numbered-carry), so "- Azerbaijani troops must withdraw" is Armenia\'s demand. Only a party subject before the verb (not an object, a possessor or a party inside a quote), only with at most \'maxTail\' words after the verb (\'tail\': "that", "reporters", "the council"), and only into list lines: a prose paragraph after the colon is read as before.',
});

/** The party that a claimless sentence ending with "… said:" gives the floor to for the list lines after it, else null. */
export function saidListSpeaker(doc: Doc, s: Sentence): (Holder & { listIntro: number }) | null {
  const { tokens } = doc;
  const colon = s.tEnd - 1;
  if (tokens[colon]?.text !== ':' || listMarkOf(doc, doc.sentences[s.index + 1]) === null) return null;
  const speech = doc.index.words('speech-verbs');
  const tail = doc.index.words(saidList.id, 'tail');
  const maxTail = Number(doc.index.vocab.rules[saidList.id]?.maxTail ?? 3);
  // The verb of saying, with only a few words of 'tail' between it and the colon ("said that:", "told the council:").
  let verb = -1;
  for (let j = colon - 1; j >= s.tStart && colon - 1 - j <= maxTail; j--) {
    if (speech.has(tokens[j].lower)) { verb = j; break; }
    if (!tail.has(tokens[j].lower)) return null;
  }
  if (verb < 0) return null;
  // Its subject: the last party before the verb that heads a clause (no object, no possessor, not quoted).
  let subject = null;
  for (const m of actorsIn(doc, s.index)) if (m.end <= verb && m.codes.length && !m.object && !m.possessive && !m.inQuote && m.kind !== 'pronoun') subject = m;
  if (!subject || verb - subject.end > 8) return null;
  return { codes: [...subject.codes], mention: subject, via: 'speaker', rule: saidList.id, listIntro: s.index };
}
