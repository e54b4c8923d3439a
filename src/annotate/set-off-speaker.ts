// "The statement said … Ukraine, it said, must have security guarantees", "European leaders issued a statement. Ukraine
// must have guarantees, they said, and …": an "it" or "they" that speaks in an attribution set off by a comma (", it
// said," inside the clause, ", they said." after it) is whoever was speaking before, never a party named in the clause
// it reports: that party is what is said, not who says it (issue 7, holders).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const setOffSpeakerRule = defineRule({
  id: 'discourse/set-off-speaker', stage: 'discourse',
  reason: '"European leaders issued a joint statement. Ukraine, it said, must have ironclad security guarantees", "… Ukraine\'s army should be able to keep 800,000 troops, it said.", "Armenia must withdraw, they said, and …": an "it" or "they" (rules.json \'pronouns\') that speaks in an attribution set off by a comma, its verb of saying followed (past a few \'adjuncts\' or capitalised words: "on Monday") by a comma or the end of the sentence, does not stand for a party named in the clause it reports, before it in the sentence. It stands for a party named before a colon or semicolon that opens that clause ("The Kremlin\'s readout was shorter: attempts by Kyiv …, it said, would …"), else for the speaker of the sentence before in its paragraph (a party next to a verb of saying, or a document that speaks: \'"…," the statement said\'), else for that sentence\'s subject ("it" only when the subject heads it); with none, it stays unresolved rather than taking the reported party.',
});

/** Whether pronoun mention p speaks in a comma-set attribution: ", it said," / ", they added." */
export function isSetOffSpeaker(p: ActorMention, tokens: Token[], sentenceOf: Int32Array, speech: ReadonlySet<string>, index: LexiconIndex): boolean {
  if (p.kind !== 'pronoun' || p.inQuote || !index.words(setOffSpeakerRule.id, 'pronouns').has(p.pronoun ?? '')) return false;
  const comma = p.start - 1;
  if (tokens[comma]?.text !== ',' || sentenceOf[comma] !== p.sentence || comma === 0 || sentenceOf[comma - 1] !== p.sentence) return false;
  if (!speech.has(tokens[p.end]?.lower ?? '')) return false;
  const adjuncts = index.words(setOffSpeakerRule.id, 'adjuncts');
  let c = p.end + 1;
  while (c < tokens.length && c - p.end <= 4 && sentenceOf[c] === p.sentence && tokens[c].text !== ',' && (adjuncts.has(tokens[c].lower) || (tokens[c].cap && tokens[c].word))) c++;
  if (c >= tokens.length || sentenceOf[c] !== p.sentence) return true;
  return tokens[c].text === ',' || tokens[c].text === '.' || tokens[c].text === ';' || tokens[c].text === '!';
}

/** The token that opens the clause the attribution reports: right after a colon or semicolon before p, else the sentence's first. */
function reportedClauseStart(p: ActorMention, tokens: Token[], sentenceOf: Int32Array): number {
  let j = p.start - 1;
  for (; j > 0 && sentenceOf[j - 1] === p.sentence; j--) if (tokens[j - 1].text === ':' || tokens[j - 1].text === ';') return j;
  return j;
}

const isSpeaking = (m: ActorMention, tokens: Token[], speech: ReadonlySet<string>): boolean =>
  speech.has(tokens[m.end]?.lower ?? '') || speech.has(tokens[m.start - 1]?.lower ?? '');

/**
 * The party a set-off speaker pronoun stands for (see the rule's reason), or undefined when none is found: the caller
 * leaves it unresolved. `fits` is the pronoun's agreement test; `headed(m)` whether mention m heads its sentence.
 */
export function setOffAntecedent(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: ReadonlySet<string>,
  fits: (m: ActorMention) => boolean, headed: (m: ActorMention) => boolean, paragraphOf: (sentence: number) => number): ActorMention | undefined {
  const clause = reportedClauseStart(p, tokens, sentenceOf);
  // Before a colon that opens the reported clause: its subject, else any party named there.
  let subject: ActorMention | undefined, any: ActorMention | undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    if (m.end > clause || m.inQuote || !fits(m)) continue;
    if (!m.object && !m.possessive) subject = m;
    if (!any) any = m;
  }
  if (subject ?? any) return subject ?? any;
  // The sentence before, in the same paragraph: its speaker, else its subject.
  const prev = p.sentence - 1;
  if (prev < 0 || paragraphOf(prev) !== paragraphOf(p.sentence)) return undefined;
  let first: ActorMention | undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence >= prev; j--) {
    const m = actors[j];
    if (m.sentence !== prev || m.inQuote || !fits(m)) continue;
    if (isSpeaking(m, tokens, speech) && !m.object) return m;
    if (!m.object && !m.possessive) first = m;
  }
  if (first && (p.pronoun === 'it' && !headed(first))) return undefined;
  return first;
}

/**
 * A set-off speaker pronoun left unresolved may stand for a document that spoke before it ('"…," the statement said.
 * Ukraine, it said, …'): documents are found after pronouns, so this runs once they are (discourse/set-off-speaker).
 */
export function documentSpeakerFor(p: ActorMention, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: ReadonlySet<string>, paragraphOf: (sentence: number) => number): ActorMention | undefined {
  const clause = reportedClauseStart(p, tokens, sentenceOf);
  const prev = p.sentence - 1;
  let found: ActorMention | undefined;
  for (const m of actors) {
    if (m.kind !== 'document' || !m.codes.length || m.inQuote) continue;
    if (m.sentence === p.sentence && m.end <= clause && !m.object) return m;
    if (m.sentence === prev && prev >= 0 && paragraphOf(prev) === paragraphOf(p.sentence) && (isSpeaking(m, tokens, speech) || !m.object)) found ??= m;
  }
  return found;
}
