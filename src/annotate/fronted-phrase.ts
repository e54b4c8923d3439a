// "In his call with US President Donald Trump on 18 March, he agreed only to …": a party named after a preposition
// inside a prepositional phrase that opens its sentence and ends at its comma is an object of that phrase, not the
// sentence's subject: a pronoun after the comma does not stand for it, and a verb coordinated later is not its
// (issue 7, holders: "he" had been taken for Trump, and Putin's demand after ", and demanded" given to the US).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const frontedPhrase = defineRule({
  id: 'discourse/fronted-phrase', stage: 'discourse',
  reason: '"In his call with Kenyan President William Ruto on Monday, he agreed …", "At a meeting with Aliyev in Baku, the envoy proposed …", "During talks between Armenia and Azerbaijan, Turkey offered …": a party right after a preposition (rules.json \'objectMarks\', the coordination after it included) inside a phrase opened by a preposition that never opens a clause (\'heads\') and closed by a comma within a few words is the phrase\'s object, not the sentence\'s subject. Not a party heading the phrase ("In Moscow\'s view, …" is a possessor), nor one after a verb of saying inside it.',
});

/** The mentions marked here: a pronoun after the phrase does not fall back to them as "any party of its sentence". */
const fronted = new WeakSet<ActorMention>();
export const inFrontedPhrase = (m: ActorMention): boolean => fronted.has(m);

/** How many tokens a fronted phrase may run before its comma. */
const REACH = 16;

/** Marks as objects the parties after a preposition inside a sentence's fronted prepositional phrase. `actors` is sorted. */
export function markFrontedPhraseObjects(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex, speech: ReadonlySet<string>): void {
  const heads = index.words(frontedPhrase.id, 'heads'), marks = index.words(frontedPhrase.id, 'objectMarks');
  let k = 0;
  for (let start = 0; start < tokens.length; start++) {
    if (start > 0 && sentenceOf[start - 1] === sentenceOf[start]) continue;
    let head = start;
    let end = start;
    while (end < tokens.length && sentenceOf[end] === sentenceOf[start]) end++;
    while (head < end && !tokens[head].word) head++;
    if (head >= end || !heads.has(tokens[head].lower) || !tokens[head].cap) continue;
    let comma = -1;
    for (let j = head + 1; j < end && j - head <= REACH; j++) {
      if (tokens[j].text === ',') { comma = j; break; }
      if (speech.has(tokens[j].lower) || tokens[j].text === '"' || tokens[j].text === ';') break;
    }
    if (comma < 0) continue;
    while (k < actors.length && actors[k].start <= head) k++;
    let prev: ActorMention | undefined;
    for (let q = k; q < actors.length && actors[q].end <= comma; q++) {
      const m = actors[q];
      let b = m.start - 1;
      if (tokens[b]?.lower === 'the') b--;
      // (With the name after its title, "with Kenyan President | William Ruto", and the parties coordinated with it.)
      if (marks.has(tokens[b]?.lower ?? '') || (prev && (m.coordinated === prev || m.start === prev.end))) { m.object = true; fronted.add(m); prev = m; }
    }
  }
}
