// An adverbial adjunct between a gap verb and its preposition, longer than the few free words candidate/gap-verb
// allows: a comma parenthesis ("the United Kingdom stands ready, together with France and the coalition, to deploy
// …", "Baku is ready, if necessary, to sign …", "she and Putin had agreed, through their representatives, on a
// process …") or a prepositional phrase of occasion, place or time ("Putin agreed in his call with Trump to halt
// strikes …", "the coalition agreed in Paris on 6 January to deploy a force …"). The verb's stance reaches past it
// as past a short gap. Part of candidate/gap-verb; the words are 'adjunctOpeners', 'parenthesisOpeners' and
// 'parenthesisPreps' of its entry in rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';

const ID = 'candidate/gap-verb';
/** Words that end an adjunct's reach: a clause of its own or a complement ("agreed in a letter that …"). */
const breaks = new Set(['that', 'not', 'but', 'and', 'or', 'which', 'who', 'whom', 'whose', 'said', 'says', 'told']);
/** Words after "to" that are no verb: "agreed in a letter to the president" addresses, it does not agree to act. */
const notVerbs = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'be', 'all', 'any', 'some']);
const MAX_WORDS = 10;
/** Tokens of an adjunct phrase at most, a long name counted whole (MAX_WORDS counts it as one word). */
const MAX_TOKENS = 16;

export interface AdjunctGap {
  /** The token of the preposition the verb takes after the adjunct. */
  prep: number;
  kind: 'parenthesis' | 'phrase';
}

/**
 * The preposition after an adjunct that follows the gap verb at `i`, when it is one of `preps` (or, after a
 * parenthesis, one of 'parenthesisPreps' for the verb: "agreed, …, on a process"); null when no such adjunct is
 * there. A phrase (no commas) must open with one of 'adjunctOpeners' and its "to" take a verb, so a longer gap than
 * the short one is read only where the words between cannot be the verb's object or a clause of their own.
 */
export function adjunctGap(doc: Doc, s: Sentence, i: number, preps: string[]): AdjunctGap | null {
  const { tokens } = doc;
  const clauseVerbs = doc.index.words(ID, 'clauseVerbs');
  const isVerbAfterTo = (k: number) => { const v = tokens[k]; return !!v?.word && !v.cap && !notVerbs.has(v.lower); };
  const open = tokens[i + 1];
  if (!open) return null;
  if (open.text === ',') {
    if (!doc.index.words(ID, 'parenthesisOpeners').has(tokens[i + 2]?.lower ?? '')) return null;
    for (let k = i + 3; k <= Math.min(i + 2 + MAX_WORDS, s.tEnd - 2); k++) {
      const x = tokens[k];
      if (x.text === ',') {
        const p = tokens[k + 1];
        const own = doc.index.words(ID, 'parenthesisPreps').has(`${tokens[i].lower} ${p.lower}`);
        if (!preps.includes(p.lower) && !own) return null;
        if (p.lower === 'to' && !isVerbAfterTo(k + 2)) return null;
        return { prep: k + 1, kind: 'parenthesis' };
      }
      if (!x.word && x.text !== '-' && x.text !== "'" && x.text !== '.') return null;
      // (A parenthesis may list: "together with France and the coalition of the willing".)
      if ((breaks.has(x.lower) && x.lower !== 'and' && x.lower !== 'or') || clauseVerbs.has(x.lower)) return null;
    }
    return null;
  }
  if (!doc.index.words(ID, 'adjunctOpeners').has(open.lower)) return null;
  // (A name with its title counts as one word: "agreed in a telephone call with US President Donald Trump on Tuesday
  // to stop attacks" is as short a phrase as "agreed in his call with Trump to halt strikes".)
  let units = 2;
  for (let k = i + 3; k <= Math.min(i + 1 + MAX_TOKENS, s.tEnd - 2); k++) {
    const x = tokens[k];
    if (preps.includes(x.lower)) {
      if (x.lower === 'to' && !isVerbAfterTo(k + 1)) return null;
      return { prep: k, kind: 'phrase' };
    }
    if (!(x.cap && tokens[k - 1].cap && tokens[k - 1].word)) units++;
    if (units > MAX_WORDS) return null;
    if (!x.word && x.text !== '-' && x.text !== "'" && x.text !== '.') return null;
    if (breaks.has(x.lower) || clauseVerbs.has(x.lower)) return null;
  }
  return null;
}
