// "On Friday, after Witkoff and Kushner spent four hours with Putin, Putin's aide Yuri Ushakov restated Moscow's
// position. Ukraine's forces, he said, must leave …": a subordinate clause fronted before the main clause ("after …",
// "when …", "while …", closed by its comma) has a subject of its own, and that subject is not who a "he", "it" or "they"
// of the next sentence stands for: the main clause's subject after the comma is (issue 7, holders: Ushakov's demand
// was given to the American envoys named in the clause).
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const frontedClauseSubject = defineRule({
  id: 'discourse/fronted-clause-subject', stage: 'discourse',
  reason: '"On Monday, after Blinken met Aliyev in Baku, Armenia\'s foreign minister restated Yerevan\'s position. The villages, he said, must be returned", "When Abiy visited Nairobi, Eritrea\'s president gave an interview. Ethiopian troops, he said, must leave Badme": a party inside a subordinate clause that opens its sentence (a word of \'subordinators\' at the head, or right after the comma of a short fronted adjunct) and runs to a comma is not that sentence\'s subject for a pronoun of a later sentence, when a party is named after the comma; the pronoun takes the main clause\'s subject. Without a party after the comma the clause\'s subject is still taken.',
});

/** How many tokens a fronted clause may run before its comma, and a fronted adjunct before it. */
const CLAUSE_REACH = 30;
const ADJUNCT_REACH = 8;

/**
 * Whether `m` lies inside a subordinate clause fronted before its sentence's main clause, with a party (one of
 * `actors`, sorted) named after the clause's comma in the same sentence (discourse/fronted-clause-subject).
 */
export function inFrontedClause(m: ActorMention, actors: ActorMention[], tokens: Token[], sentenceOf: ArrayLike<number>, index: LexiconIndex): boolean {
  const subordinators = index.words(frontedClauseSubject.id, 'subordinators');
  if (!subordinators.size) return false;
  let head = m.start;
  while (head > 0 && sentenceOf[head - 1] === m.sentence) head--;
  while (head < m.start && !tokens[head].word) head++;
  let opener = -1;
  if (tokens[head]?.cap && subordinators.has(tokens[head].lower)) opener = head;
  else {
    // (A short fronted adjunct first: "On Monday, after …".)
    for (let j = head + 1; j < m.start && j - head <= ADJUNCT_REACH; j++) {
      const x = tokens[j];
      if (x.text === '"' || x.text === ';' || x.text === ':') return false;
      if (x.text === ',') { if (subordinators.has(tokens[j + 1]?.lower ?? '')) opener = j + 1; break; }
    }
  }
  if (opener < 0 || opener >= m.start) return false;
  let comma = -1;
  for (let j = opener + 1; j < tokens.length && j - opener <= CLAUSE_REACH && sentenceOf[j] === m.sentence; j++) {
    const x = tokens[j];
    if (x.text === '"' || x.text === ';' || x.text === ':') return false;
    if (x.text === ',') { comma = j; break; }
  }
  if (comma < 0 || m.end > comma) return false;
  return actors.some((a) => a.sentence === m.sentence && a.start > comma && !a.object && a.codes.length > 0 && a.kind !== 'pronoun');
}
