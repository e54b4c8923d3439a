// "The demand, first made in March, is that Azerbaijani troops leave …", "Its proposal, passed on through the Red
// Cross, is that …": a stance noun heading the sentence's subject
// whose copula opens a that-clause or a colon states a stance, the clause being its content. The noun is no
// reference back to one reported before (trigger/reference-back keeps it), and its holder is the noun's resolved
// possessor, else the holder carried from the previous sentence, usually the speaker it introduced
// (discourse/speaker-sentence).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const copulaNounRule = defineRule({
  id: 'holder/copula-stance-noun', stage: 'holder',
  reason: 'A stance noun heading its sentence, with only a determiner or possessive before it, whose copula opens a that-clause or a colon ("The demand, first made in March, is that Azerbaijani troops leave …", "Its proposal, passed on through the Red Cross, is that …") states a stance: not a reference back; held by its resolved possessor, else the carried holder of the paragraph ("Armenia\'s foreign minister repeated his government\'s position on Thursday. The demand … is that …" is Armenia\'s). Nouns, determiners and copulas in rules.json.',
});

/** Is `t` such a subject noun? Then the party that holds it, if the sentence names one (null: the carried holder). */
export function copulaNoun(doc: Doc, s: Sentence, t: Trigger, list: ActorMention[]): { mention: ActorMention | null } | null {
  const { tokens } = doc;
  if (!t.cue) return null;
  const nouns = doc.index.words(copulaNounRule.id);
  if (!nouns.has(tokens[t.start].lower)) return null;
  const dets = doc.index.words(copulaNounRule.id, 'determiners');
  if (t.start - s.tStart > 3) return null;
  for (let k = s.tStart; k < t.start; k++) if (!dets.has(tokens[k].lower)) return null;
  // Past a parenthesis set off by commas ("The demand, first made in March, …").
  // (From the noun: a cue chained to it, "demand, set out", is inside the parenthesis.)
  const after = t.start + 1;
  let j = after;
  if (tokens[j]?.text === ',') {
    j++;
    while (j < s.tEnd && j - after <= 14 && tokens[j].text !== ',') j++;
    if (tokens[j]?.text !== ',') return null;
    j++;
  }
  const copulas = doc.index.words(copulaNounRule.id, 'copulas');
  if (!copulas.has(tokens[j]?.lower ?? '')) return null;
  // The copula opens a that-clause, or a colon after a word or two of judgement ("is simple:").
  let c = j + 1;
  if (tokens[c]?.lower !== 'that') {
    while (c < s.tEnd && c - j <= 4 && tokens[c].text !== ':') c++;
    if (tokens[c]?.text !== ':') return null;
  }
  // (Not past a relative clause, "The request he made was that …": the content's scope ends at its verb.)
  const possessor = list.find((m) => m.possessive && m.end === t.start && m.codes.length);
  return { mention: possessor ?? null };
}
