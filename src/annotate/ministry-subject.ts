// A definite ministry no earlier mention carries (issue 7, holders: holder/none): "Russia's reaction came on
// Wednesday. The foreign ministry said the deployment of Western units would be treated as foreign intervention",
// "Mozambique … did not sign the declaration. The foreign ministry said Maputo favoured dialogue". discourse/definite-roles
// refers "the ministry" back to the last mention carrying the word ("Armenia's foreign ministry … The ministry also
// called on …"); when none does, the reporter has just named the state whose ministry speaks: it is the subject that
// heads one of the two sentences before (a party, or a person or office of one; a possessor opening the sentence,
// "Russia's reaction came …", too), and the ministry itself opens its sentence ("In Seoul, the foreign ministry said …"
// names its state in the fronted place, "For the Kingdom, …" is no subject). Only a ministry ('heads'): "the government", "the delegation", "the parliament"
// with no antecedent are often another party's, and are left alone. Not a subject inside a quotation, nor an object.
import type { ActorMention } from './mentions.js';
import type { Token } from './tokenize.js';
import { defineRule } from '../extract/rules/registry.js';

export const ministrySubject = defineRule({
  id: 'discourse/ministry-subject', stage: 'discourse',
  reason: '"Russia\'s reaction came on Wednesday. The foreign ministry said any such units would become legitimate targets", "Mozambique did not sign the declaration. The foreign ministry said Maputo favoured dialogue": a definite ministry ("the ministry", "the foreign ministry": \'heads\', the last word of the role) that no earlier mention carries (discourse/definite-roles, discourse/role-before-name found none) is the ministry of the party that heads the nearest of the two sentences before that has one as its subject, opening that sentence (only "the", a bullet or a person\'s title before it; a possessor too, "Russia\'s reaction came …"; not an object, not inside a quotation, not a fronted phrase, "For the Kingdom, …"), when the ministry too opens its sentence (not "In Seoul, the foreign ministry said …"). Not other institutions ("the government", "the delegation"), whose reporter may be speaking of another party\'s.',
});

/** The subject heading the nearest of the two sentences before mention k, for a ministry role pronoun; else undefined. */
export function ministrySubjectOf(actors: ActorMention[], k: number, tokens: Token[], sentenceOf: Int32Array, head: string, heads: Set<string>): ActorMention | undefined {
  if (!heads.has(head)) return undefined;
  const p = actors[k];
  if (p.inQuote || !headsSentence(p, tokens, sentenceOf)) return undefined;
  for (let s = p.sentence - 1; s >= p.sentence - 2 && s >= 0; s--) {
    let first: ActorMention | undefined;
    for (let j = k - 1; j >= 0 && actors[j].sentence >= s; j--) {
      const m = actors[j];
      if (m.sentence !== s) continue;
      first = m;
    }
    if (!first) continue;
    if (first.inQuote || first.object || !first.codes.length || first.codes.length > 1) return undefined;
    return headsSentence(first, tokens, sentenceOf) ? first : undefined;
  }
  return undefined;
}

/**
 * True when only punctuation (a bullet, a dash) and "the" stand before mention m in its sentence, or, before a person,
 * the capitalised words of a title ("President Vladimir Putin has said …").
 */
function headsSentence(m: ActorMention, tokens: Token[], sentenceOf: Int32Array): boolean {
  for (let h = m.start - 1; h >= 0 && sentenceOf[h] === m.sentence; h--) if (tokens[h].word && tokens[h].lower !== 'the' && !(m.kind === 'person' && tokens[h].cap)) return false;
  return true;
}
