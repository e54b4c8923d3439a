// '"…," Peskov said. He also noted that …': a "he" or "she" that speaks at the head of a sentence continues the
// speaker named at the end of the sentence before, not that sentence's subject (issue 7, holders).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const speakerPronoun = defineRule({
  id: 'discourse/speaker-pronoun', stage: 'discourse',
  reason: '"Zuppi and Ushakov were expected to discuss the settlement, Peskov said. He also noted that Russia …": a "he"/"she" heading a sentence with a verb of saying refers to the speaker credited at the end of the sentence before ("…, Peskov said", \'"…," said Lavrov\'), not to that sentence\'s subject. Not the one told: in \'"…," Ramaphosa told Putin. He urged both sides …\' Putin follows the verb without standing for its subject, so "He" is Ramaphosa.',
});

/** How many tokens from the end of the previous sentence its trailing speaker may stand. */
const TRAILING = 6;

/** What stands before a verb of saying that precedes its speaker ('," said Lavrov', '. Said Lavrov:'). */
const INVERSION_BEFORE = /^[,"“”'‘’:;.]$/;

export function previousSpeaker(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: Set<string>): ActorMention | undefined {
  if (p.inQuote || p.sentence === 0) return undefined;
  // The pronoun heads its sentence and speaks: "He (also) noted/said/added …".
  if (p.start > 0 && sentenceOf[p.start - 1] === p.sentence) return undefined;
  let v = p.end;
  if (tokens[v] && /ly$|^also$|^then$|^later$/.test(tokens[v].lower)) v++;
  if (!speech.has(tokens[v]?.lower ?? '')) return undefined;
  // The previous sentence's last token.
  let last = p.start - 1;
  while (last > 0 && !tokens[last].word && sentenceOf[last] === p.sentence - 1) last--;
  for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - 1; j--) {
    const m = actors[j];
    if (m.sentence !== p.sentence - 1) continue;
    if (m.inQuote || !m.personLike || m.kind === 'pronoun' || !m.codes.length || last - m.end > TRAILING) continue;
    if (p.gender && m.gender && p.gender !== m.gender) continue;
    const shePronoun = p.pronoun === 'she' || p.pronoun === 'her';
    if (m.gender && (shePronoun ? m.gender !== 'f' : m.gender !== 'm')) continue;
    if (speech.has(tokens[m.end]?.lower ?? '')) return m;
    // ('"…," said Lavrov': a speaker after the verb only where the verb itself follows the quote or a comma; in
    // '"…," Ramaphosa told Putin.' the name after "told" is who was told, not who speaks, and "He urged …" is
    // Ramaphosa.)
    if (speech.has(tokens[m.start - 1]?.lower ?? '') && INVERSION_BEFORE.test(tokens[m.start - 2]?.text ?? '')) return m;
  }
  return undefined;
}
