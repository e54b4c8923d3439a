// 'the "coalition of the willing", a group of more than 30 mostly European countries, issued a declaration …',
// 'Leaders of the coalition of the willing, a group of about 35 countries backing Ukraine, signed a declaration …': an
// apposition that describes a group by its members is the group itself, not a new subject. Before this rule the last
// party inside it ("European countries", the "Ukraine" the countries back) was taken for the author of the declaration
// after it, and the coalition's pledges under it went to EUR or to Ukraine (issue 7, holders: fp:actor).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const groupApposition = defineRule({
  id: 'discourse/group-apposition', stage: 'discourse',
  reason: '\'the "coalition of the willing", a group of more than 30 mostly European countries, issued a declaration\', \'the African Union, a bloc of 55 states including Egypt, called for …\': an apposition set off by commas right after a party or group, opened by "a"/"an" and a collective noun (rules.json \'collectives\') and "of", describes that party; the parties named inside it (its members, the country they back) are neither the subject of the clause nor the author of a document after it.',
});

/** How far the closing comma of the apposition may be (tokens). */
const MAX_APPOSITION = 24;

/** Marks the mentions inside each such apposition as objects. `actors` is sorted by start. */
export function markGroupAppositions(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex): void {
  const collectives = index.words(groupApposition.id, 'collectives');
  for (let k = 0; k < actors.length; k++) {
    const g = actors[k];
    if (g.kind === 'pronoun' || g.kind === 'document' || !g.codes.length || g.object || g.possessive) continue;
    let i = g.end;
    if (tokens[i]?.text === '"') i++;
    if (tokens[i]?.text !== ',' || (tokens[i + 1]?.lower !== 'a' && tokens[i + 1]?.lower !== 'an')) continue;
    // "a group of", "a loose coalition of": a collective noun within two words, then "of".
    let c = i + 2;
    while (c < i + 4 && tokens[c] && !collectives.has(tokens[c].lower) && tokens[c].word && !tokens[c].cap) c++;
    if (!collectives.has(tokens[c]?.lower ?? '') || tokens[c + 1]?.lower !== 'of') continue;
    // The closing comma, in the same sentence.
    let end = -1;
    for (let j = c + 2; j < tokens.length && j - c <= MAX_APPOSITION && sentenceOf[j] === g.sentence; j++) {
      if (tokens[j].text === ',') { end = j; break; }
      if (tokens[j].text === ';' || tokens[j].text === '"' || tokens[j].text === '(') break;
    }
    if (end < 0) continue;
    for (let q = k + 1; q < actors.length && actors[q].start < end; q++) if (actors[q].start > i) actors[q].object = true;
  }
}
