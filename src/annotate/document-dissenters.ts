// Parties that stayed out of a document are not its authors: "India, Saudi Arabia and the UAE chose not to
// associate themselves with the final document. 'We believe …,' the leaders said in the joint statement": the
// leaders who speak in the statement are its signatories, not the parties the article just said refused it.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const documentDissenters = defineRule({
  id: 'discourse/document-dissenters', stage: 'discourse',
  reason: '"Armenia and Georgia declined to sign the declaration. \'We call for …,\' the leaders said in the joint statement": a group of parties whose predicate is staying out of a document (declined to sign, chose not to associate themselves with, stayed away from) is not who a later "we", "they" or "the leaders" speaking in a statement stands for; those are the signatories. Outside a document ("They said it was unbalanced") the group is referred back to as usual.',
});

/** How many words after a group a stay-out phrase may start ("among others", "and other states" stand between). */
const MAX_GAP = 4;

/** A stay-out phrase of the lexicon starting at `i` ("chose not to associate themselves with"), or false. */
function stayOutAt(tokens: Token[], i: number, phrases: string[][]): boolean {
  return phrases.some((ph) => ph.every((w, n) => tokens[i + n]?.lower === w));
}

/** The stay-out phrases split into words, once per lexicon (this runs for every article). */
const phraseCache = new WeakMap<LexiconIndex, string[][]>();
function phrasesOf(index: LexiconIndex): string[][] {
  let p = phraseCache.get(index);
  if (!p) { p = [...index.words(documentDissenters.id, 'phrases')].map((x) => x.split(' ')); phraseCache.set(index, p); }
  return p;
}

/**
 * The mentions of groups the article says stayed out of a document, and the sentences in which a speaker talks
 * "in the statement" (a document noun after "in the/a/their"): there a pronoun does not refer to those groups.
 */
export function findDocumentDissenters(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex): { dissenters: Set<ActorMention>; inDocument: Set<number> } {
  const phrases = phrasesOf(index);
  const skips = index.words(documentDissenters.id, 'skips');
  const documents = index.words(documentDissenters.id, 'documents');
  const dissenters = new Set<ActorMention>();
  for (const m of actors) {
    if (!m.codes.length || m.kind === 'pronoun') continue;
    // The group's last member: the next mention is not coordinated with it.
    let j = m.end, gap = 0;
    while (j < tokens.length && sentenceOf[j] === m.sentence && gap <= MAX_GAP && (skips.has(tokens[j].lower) || tokens[j].text === ',')) { j++; gap++; }
    if (sentenceOf[j] !== m.sentence || !stayOutAt(tokens, j, phrases)) continue;
    for (let c: ActorMention | undefined = m; c; c = c.coordinated) dissenters.add(c);
  }
  const inDocument = new Set<number>();
  if (dissenters.size) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].lower !== 'in' || !['the', 'a', 'their', 'its'].includes(tokens[i + 1].lower)) continue;
      // ("in the joint statement", "in a final communique": a modifier or two before the noun.)
      for (let n = i + 2; n <= i + 4 && n < tokens.length && sentenceOf[n] === sentenceOf[i]; n++) if (documents.has(tokens[n].lower)) { inDocument.add(sentenceOf[i]); break; }
    }
  }
  return { dissenters, inDocument };
}
