// Modal contractions ("we'll never", "he'd meet", "Serbia won't recognise", "they wouldn't sign"). The tokenizer
// splits them at the apostrophe ("we" "'" "ll", "won" "'" "t"), and the stance rules that read a modal after its
// subject ("Russia will not withdraw", "he would meet Putin") see no modal there: "'ll" and "'d" are no modal
// words, "won" and "wouldn" none either. This pass, run once on the tokens before the lexicon's first-word table
// is filled, reads them as the full modal: the "'" and its "ll"/"d" become one token whose lower case is "will"
// or "would" (or "had": "he'd said"), so the subject stands right before the modal as in the written-out form;
// the stem of a negative contraction takes the modal's lower case ("won" → "will") and its "'t" stays as it is,
// the negation every rule already reads after "can" ("can't").
import type { Token } from './tokenize.js';
import { defineRule } from '../extract/rules/registry.js';
import type { LexiconIndex } from './lexicon-index.js';

export const modalContractions = defineRule({
  id: 'discourse/modal-contractions', stage: 'discourse',
  reason: 'A modal written as a contraction is the modal: "we\'ll never recognise Kosovo" refuses as "we will never recognise" does, "he\'d meet Aliyev in Brussels" offers as "he would meet" does, "Israel won\'t withdraw from Gaza" refuses as "will not withdraw" does. \'negativeStems\': the stem before "\'t" and the modal it stands for (won → will, wouldn → would …). \'d\' is "had" before a past participle ("he\'d said", "they\'d been", \'hadBefore\' and words in -ed but not \'eedVerbs\' such as "need", "proceed") and "would" otherwise ("he\'d like", "we\'d sign"). Only an apostrophe written between two letters with no space counts ("the allies\' plan" and a quotation\'s single marks are no contraction).',
});

function adjacent(a: Token, b: Token): boolean { return a.end === b.start; }

/**
 * Rewrites modal contractions in place (see the file comment); returns the tokens, re-indexed when a "'ll" or
 * "'d" was merged. The lists are read from rules.json (discourse/modal-contractions).
 */
export function readModalContractions(tokens: Token[], index: LexiconIndex): Token[] {
  // (Most texts have no apostrophe at all: one pass to find one before reading any list.)
  let any = false;
  for (let i = 1; i + 1 < tokens.length; i++) if (tokens[i].text === "'" && adjacent(tokens[i - 1], tokens[i]) && adjacent(tokens[i], tokens[i + 1])) { any = true; break; }
  if (!any) return tokens;
  const stems = index.words(modalContractions.id, 'negativeStems');
  const hadBefore = index.words(modalContractions.id, 'hadBefore');
  const eedVerbs = index.words(modalContractions.id, 'eedVerbs');
  const adverbs = index.words(modalContractions.id, 'adverbs');
  let merged = false;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const mark = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (mark.text !== "'" || !prev.word || !next.word || !adjacent(prev, mark) || !adjacent(mark, next)) continue;
    // (A letter right after the contraction makes it another word: "O'Donnell", "d'Alembert".)
    const after = tokens[i + 2];
    if (after && after.word && adjacent(next, after)) continue;
    if (next.lower === 't') {
      // "won't", "wouldn't": the stem as the modal ("stem:modal" entries).
      for (const e of stems) {
        const c = e.indexOf(':');
        if (prev.lower === e.slice(0, c)) { prev.lower = e.slice(c + 1); break; }
      }
      continue;
    }
    if (next.lower !== 'll' && next.lower !== 'd') continue;
    let lower = 'will';
    if (next.lower === 'd') {
      // The verb after the adverbs ("he'd never said", "we'd rather not"): a participle makes it "had".
      let k = i + 2;
      while (k < tokens.length && adverbs.has(tokens[k].lower)) k++;
      const v = tokens[k]?.lower ?? '';
      const participle = hadBefore.has(v) || (/ed$/.test(v) && !eedVerbs.has(v));
      lower = participle ? 'had' : 'would';
    }
    next.text = `'${next.text}`;
    next.lower = lower;
    next.start = mark.start;
    tokens[i] = null as unknown as Token; // removed below
    merged = true;
    i++;
  }
  if (!merged) return tokens;
  const out = tokens.filter((t) => t !== null);
  out.forEach((t, k) => { t.i = k; });
  return out;
}
