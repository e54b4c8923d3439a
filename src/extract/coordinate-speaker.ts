// "It was the Ukrainian side that had refused, he said, and Kyiv would first have to cancel the decree": an attribution
// set off by commas after a first clause (", he said,", ", Borrell added on Monday,") and followed by "and" or "but"
// reports the clause joined after it too, so a deontic there ("Kyiv would first have to …", "Ukraine's army should be
// kept at 800,000") is the speaker's want, not that of the party named first in the sentence (the subject of the first
// clause, or the possessor of the second clause's subject: "Ukraine's army" is what the demand is made of). Word
// lists live in lexicon/data/rules.json under holder/coordinate-parenthesis.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const coordinateParenthesis = defineRule({
  id: 'holder/coordinate-parenthesis', stage: 'holder',
  reason: 'A speaker set off by commas between two clauses joined by "and" or "but" (rules.json \'coordinators\'): "It was the Ukrainian side that had refused, he said, and Kyiv would first have to cancel the decree", "A European force would help rebuild Ukraine\'s armed forces, they said, and Ukraine\'s peacetime army should be kept at 800,000 troops" reports the second clause too: a stance there that is read from its speaker (a deontic, an existential, a predicate) is that speaker\'s, not the first party of the sentence (the first clause\'s subject) nor the possessor of the second clause\'s subject. Not when the second clause has a verb of saying of its own before the stance ("…, he said, but Zelensky insisted that …").',
});

/** How many words an attribution may run from its party to the closing comma (", he said on Monday,"). */
const ATTRIBUTION = 4;

/**
 * The party of an attribution ", he said," closing the first of two clauses joined by "and"/"but" before the stance `t`,
 * when no other verb of saying stands between it and the stance; else null.
 */
export function coordinateParenthesisSpeaker(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger, speech: ReadonlySet<string>, adjuncts: ReadonlySet<string>): ActorMention | null {
  const { tokens } = doc;
  const coordinators = doc.index.words(coordinateParenthesis.id, 'coordinators');
  // (The nearest attribution before the stance; bounded by the sentence's mentions.)
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end >= t.start) continue;
    if (m.object || m.possessive || !m.codes.length || m.inQuote) continue;
    if (tokens[m.start - 1]?.text !== ',' || m.start - 1 <= s.tStart || !speech.has(tokens[m.end]?.lower ?? '')) continue;
    // (The comma closes the attribution within a few words: ", he said on Monday,", then "and" or "but".)
    let c = m.end + 1;
    while (c < t.start && c - m.end <= ATTRIBUTION && tokens[c].text !== ',' && (adjuncts.has(tokens[c].lower) || tokens[c].cap)) c++;
    if (tokens[c]?.text !== ',' || !coordinators.has(tokens[c + 1]?.lower ?? '') || c + 1 >= t.start) return null;
    // (The joined clause reports its own speech: "…, he said, but Zelensky insisted that …" is Zelensky's.)
    for (let j = c + 2; j < t.start; j++) if (speech.has(tokens[j].lower)) return null;
    return m;
  }
  return null;
}
