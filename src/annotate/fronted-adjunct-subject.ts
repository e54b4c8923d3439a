// "Within an hour of the U.S. statements, the Kremlin published its own reading. The arrangement, it said, …": "it"
// refers back to a party only when that party headed its sentence (a party deep inside a sentence is rarely what a
// later "it" means), and "heading" used to mean within its first three words. A fronted adjunct, a time or
// prepositional phrase or a subordinate clause closed by a comma, does not push the subject out of the head: the party
// right after that comma is still the sentence's subject (issue 7, holders: the Kremlin's conditions, listed after
// "it said", had been left without a holder and then given to the plan named before).
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const frontedAdjunctSubject = defineRule({
  id: 'discourse/fronted-adjunct-subject', stage: 'discourse',
  reason: '"Within an hour of the talks, the Kremlin published its reading. It said …", "Late on Tuesday, Ankara issued a statement. It said …", "After the vote in Strasbourg, the Commission …": a party right after the comma that closes a fronted adjunct (opened by one of rules.json \'heads\': a preposition, a subordinator or a time word; at most fourteen words, no quote, semicolon, colon or verb of saying inside) heads its sentence, so a later "it" may stand for it.',
});

export const accordingSubject = defineRule({
  id: 'discourse/according-subject', stage: 'discourse',
  reason: '"According to a source familiar with the talks, the Russian side went further. It demanded that Ukraine withdraw …", "According to two diplomats, the Azerbaijani side hardened its stand. It insisted …": a credit to a source that opens the sentence (rules.json \'openers\') is a fronted adjunct too, so the party right after its comma heads the sentence and a later "it" may stand for it, not a party named sentences before. The source credited is no subject; a verb of saying inside the credit still ends it, as for discourse/fronted-adjunct-subject.',
});

/** How many words a fronted adjunct may run before its comma. */
const REACH = 14;

/**
 * Whether the mention starting at `start` (in the sentence that starts at `head`) is the first thing after a fronted
 * adjunct's comma ("Within an hour of the statements, [the] Kremlin …").
 */
export function afterFrontedAdjunct(tokens: Token[], head: number, start: number, index: LexiconIndex, speech: ReadonlySet<string>): boolean {
  const heads = index.words(frontedAdjunctSubject.id, 'heads');
  let comma = start - 1;
  if (tokens[comma]?.lower === 'the') comma--;
  if (tokens[comma]?.text !== ',' || comma - head > REACH || comma <= head + 1) return false;
  // ("According to a source, the Russian side …": a credit opening the sentence, discourse/according-subject.)
  if (!tokens[head].cap || !(heads.has(tokens[head].lower) || index.words(accordingSubject.id, 'openers').has(tokens[head].lower))) return false;
  for (let j = head; j < comma; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === '"' || t.text === ';' || t.text === ':' || speech.has(t.lower)) return false;
  }
  return true;
}
