// "… congratulated Trump, who has boasted that he could end the war in a day": a "he" or "she" inside a relative
// clause opened by "who" after a person is that person (the clause is about its antecedent), not the sentence's
// subject (issue 7, holders).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const relativeAntecedent = defineRule({
  id: 'discourse/relative-antecedent', stage: 'discourse',
  reason: '"Aliyev praised Erdogan, who has said he would guarantee any deal", "Putin congratulated the president-elect, who has repeatedly boasted that he could end the war within 24 hours": a "he"/"she" (or "his"/"her") in a relative clause opened by "who" (", who" or "who" right after a person) refers to the person the clause describes, not to the sentence\'s subject. Not past a second party named inside the clause ("…, who told Lavrov that he …" is left to the general order), nor past a sentence boundary, a semicolon or a closing dash. A lowercase noun that names no known party before ", who" ("the president-elect, who …") is still what the pronoun stands for: it stays unresolved.',
});

/** How many tokens after "who" the pronoun may stand. */
const WINDOW = 12;

/** The person a pronoun in a "who" clause stands for; null when it stands for a noun that names no party, undefined
 * when the rule does not apply. */
export function relativeAntecedentOf(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, fits: (m: ActorMention) => boolean): ActorMention | null | undefined {
  if (!p.pronoun || !['he', 'she', 'his', 'her', 'him'].includes(p.pronoun)) return undefined;
  let who = -1;
  for (let j = p.start - 1; j >= 0 && j >= p.start - WINDOW && sentenceOf[j] === p.sentence; j--) {
    const x = tokens[j].text;
    if (x === ';' || x === '—' || x === '–' || x === '"' || x === '“' || x === '”') return undefined;
    if (tokens[j].lower === 'who') { who = j; break; }
  }
  if (who < 0) return undefined;
  const end = tokens[who - 1]?.text === ',' ? who - 1 : who;
  // Another party named between "who" and the pronoun may be the one meant: the general order decides.
  for (let j = k - 1; j >= 0 && actors[j].start > who; j--) if (actors[j].sentence === p.sentence && actors[j].kind !== 'pronoun') return undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    if (m.end === end) return m.kind !== 'pronoun' && fits(m) ? m : undefined;
    if (m.end < end) break;
  }
  // ("… contact with the president-elect, who has boasted that he …": a noun no party is known by is still the
  // antecedent; the pronoun stands for it, so it is left unresolved rather than given to the sentence's subject.)
  const before = tokens[end - 1];
  return before?.word && !before.cap && tokens[who - 1]?.text === ',' ? null : undefined;
}
