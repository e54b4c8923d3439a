// "Pashinyan met Aliyev in Abu Dhabi. They agreed to …", "Vucic held talks with Kurti. The two leaders agreed …",
// "Lukashenko had called Zelensky. They agreed that …": after a one-to-one meeting or call, "they", "the leaders",
// "the two leaders" and "both sides" are its two parties, the subject and the party met or called. A reader takes
// them together; without this "they" finds no plural subject (two people are each singular) and goes further back,
// and "both sides" falls back to the lexicon's principal pair.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const meetingPairRule = defineRule({
  id: 'discourse/meeting-pair', stage: 'discourse',
  reason: '"Pashinyan met Aliyev in Abu Dhabi. They agreed to hold another round", "Vucic held talks with Kurti. The two leaders agreed …": a single party subject, a verb of meeting or calling (rules.json \'verbs\', after up to two auxiliaries or adverbs) and a single other party right after it make a pair; a plural pronoun or group noun that finds no plural subject, "both sides", or one of \'phrases\' ("the two leaders") in that sentence (after it) or the next two of its paragraph stands for both parties (spec rule 8: one claim each). "The two leaders" with no such pair, or a pair in the same sentence, stands for no one.',
});

export interface MeetingPair { codes: string[]; sentence: number; end: number; paragraph: number }

/** The pair of parties of a one-to-one meeting or call, per sentence (the last one of a sentence). */
export function meetingPairs(actors: ActorMention[], tokens: Token[], index: LexiconIndex, paragraphOf: (sentence: number) => number): Map<number, MeetingPair> {
  const pairs = new Map<number, MeetingPair>();
  const verbs = index.words(meetingPairRule.id, 'verbs');
  if (!verbs.size) return pairs;
  const skips = index.words(meetingPairRule.id, 'skips');
  // The longest phrase of the list, in words.
  let longest = 1;
  for (const v of verbs) longest = Math.max(longest, v.split(' ').length);
  const coordinatedTo = new Set<ActorMention>();
  for (const a of actors) if (a.coordinated) coordinatedTo.add(a.coordinated);
  for (let k = 0; k < actors.length; k++) {
    const s = actors[k];
    if (s.object || s.possessive || (s.kind === 'pronoun' && !s.site) || s.kind === 'both' || s.kind === 'document' || s.codes.length !== 1 || s.coordinated || coordinatedTo.has(s)) continue;
    let j = s.end;
    while (j < s.end + 2 && (skips.has(tokens[j]?.lower ?? '') || /^[a-z]{3,}ly$/.test(tokens[j]?.lower ?? ''))) j++;
    // The longest verb phrase at j.
    let end = -1;
    let words = '';
    for (let n = 0; n < longest && j + n < tokens.length && tokens[j + n].word; n++) {
      words = n ? `${words} ${tokens[j + n].lower}` : tokens[j + n].lower;
      if (verbs.has(words)) end = j + n + 1;
    }
    if (end < 0) continue;
    // The party met: the next mention, right after the verb (past "the").
    const o = actors[k + 1];
    if (!o || o.sentence !== s.sentence || o.start < end || o.start > end + 1 || o.codes.length !== 1 || o.codes[0] === s.codes[0] || o.kind === 'pronoun' || o.possessive) continue;
    // Its description and name are one party ("President | Ilham Aliyev"); a third party coordinated after it is no pair.
    let last = k + 1;
    while (actors[last + 1]?.sentence === s.sentence && actors[last + 1].start === actors[last].end && actors[last + 1].codes.join() === o.codes.join()) last++;
    const after = actors[last + 1];
    if (after && after.sentence === s.sentence && (after.coordinated === actors[last] || tokens[actors[last].end]?.lower === 'and' && after.start === actors[last].end + 1)) continue;
    pairs.set(s.sentence, { codes: [s.codes[0], o.codes[0]], sentence: s.sentence, end: actors[last].end, paragraph: paragraphOf(s.sentence) });
  }
  return pairs;
}

/** The pair a mention at (`sentence`, `start`) can stand for: one in its own sentence ending before it, else one in
 * the `reach` sentences before, in the same paragraph (a heading or a new paragraph moves on). */
export function pairBefore(pairs: Map<number, MeetingPair>, sentence: number, start: number, reach: number, paragraph: number): MeetingPair | undefined {
  const own = pairs.get(sentence);
  if (own && own.end <= start) return own;
  for (let s = sentence - 1; s >= sentence - reach && s >= 0; s--) { const p = pairs.get(s); if (p) return p.paragraph === paragraph ? p : undefined; }
  return undefined;
}
