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

export const setOffSpeakerThey = defineRule({
  id: 'discourse/set-off-speaker-they', stage: 'discourse',
  reason: '"Serbia must withdraw its police, the EU foreign ministers said; no one should recognise the referendum. They said they would keep the sanctions in place": a "they" heading a sentence with a verb of saying (an adverb may stand between) goes on with the plural speaker set off by a comma before its verb of saying in the sentence before ("…, they said;", "…, the ministers said,"), not with that sentence\'s subject (Serbia), which the speakers only spoke about. In its own sentence the same speaker speaks the clauses after the attribution ("Armenia must have guarantees, they said; no limits should be placed on its army" is the speakers\' refusal, not Armenia\'s: speakerOf in extract/holder.ts). Only a speaker that can be "they": a plural, a coordination, or a "they" itself resolved to parties; and only in the same paragraph.',
});

/** The plural speaker set off by a comma in the sentence before, for a "they" heading a sentence of saying (discourse/set-off-speaker-they). */
export function previousSetOffSpeaker(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: Set<string>, paragraphOf: (sentence: number) => number): ActorMention | undefined {
  if (p.inQuote || p.sentence === 0 || p.pronoun !== 'they') return undefined;
  if (p.start > 0 && sentenceOf[p.start - 1] === p.sentence) return undefined;
  let v = p.end;
  if (tokens[v] && /ly$|^also$|^then$|^later$/.test(tokens[v].lower)) v++;
  if (!speech.has(tokens[v]?.lower ?? '')) return undefined;
  if (paragraphOf(p.sentence - 1) !== paragraphOf(p.sentence)) return undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - 1; j--) {
    const m = actors[j];
    if (m.sentence !== p.sentence - 1 || m.inQuote || !m.codes.length || m.object || m.possessive) continue;
    const plural = m.plural || !!m.coordinated || (m.kind === 'pronoun' && m.pronoun === 'they');
    if (!plural || !speech.has(tokens[m.end]?.lower ?? '')) continue;
    // Set off: a comma right before it, or before its article ("…, the ministers said").
    const before = tokens[m.start - 1]?.lower === 'the' ? m.start - 2 : m.start - 1;
    if (tokens[before]?.text === ',') return m;
  }
  return undefined;
}

export const objectPersonAntecedent = defineRule({
  id: 'discourse/object-person-antecedent', stage: 'discourse',
  reason: '"The mediators went to Yerevan before meeting Prime Minister Nikol Pashinyan. He did not soften his position": a "he" or "she" heading its sentence, when the sentence before (same paragraph) has no subject it fits (a group, a plural, a thing), stands for the one person that sentence names as an object, not for a subject further back (the usual reading skips objects and goes on to earlier sentences, taking a speaker the text has left). Only one such person, of the right gender, outside quotes.',
});

/** The one person named as an object in the sentence before, when no subject there fits "he"/"she" (discourse/object-person-antecedent). */
export function personObjectBefore(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, fits: (m: ActorMention) => boolean, paragraphOf: (sentence: number) => number): ActorMention | undefined {
  if (p.inQuote || p.sentence === 0 || (p.pronoun !== 'he' && p.pronoun !== 'she')) return undefined;
  // The pronoun heads its sentence (past a speaker label, "CORRESPONDENT: He said …", it still does).
  let head = p.start;
  while (head > 0 && sentenceOf[head - 1] === p.sentence) head--;
  if (p.start - head > 2) return undefined;
  const prev = p.sentence - 1;
  if (paragraphOf(prev) !== paragraphOf(p.sentence)) return undefined;
  const before: ActorMention[] = [];
  for (let j = k - 1; j >= 0 && actors[j].sentence >= prev; j--) if (actors[j].sentence === prev && !actors[j].inQuote) before.push(actors[j]);
  if (!before.length || before.some((m) => !m.object && !m.possessive && fits(m))) return undefined;
  const objects = before.filter((m) => m.object && !m.possessive && fits(m));
  // (One person, however many times named: "met Pashinyan … and thanked Pashinyan".)
  const codes = new Set(objects.map((m) => m.codes.join('+')));
  return objects.length >= 1 && codes.size === 1 ? objects[objects.length - 1] : undefined;
}
