// Reporting clauses set between commas inside a stance ("Kyiv is ready, Zelensky said, to hold talks", "Baku was
// willing, Aliyev told reporters, to sign the treaty"): the aside splits the cue phrase ("ready to", "willing to"), so
// that no cue is found and the stance is lost. annotate() marks each such aside on its opening comma (Token.aside: the
// index of the closing comma) and the cue matcher steps over it (PhraseMatcher skipAsides). Only cue phrases: names
// and issue terms are not split this way. Words: rules.json discourse/reporting-aside.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { wordList } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const reportingAside = defineRule({
  id: 'discourse/reporting-aside', stage: 'discourse',
  reason: 'A reporting clause between commas inside a stance ("Kyiv is ready, Zelensky said, to hold talks", "Serbia would never, Vucic said, accept the plan") is stepped over by the cue matcher, the negation and the modal reading, so that the split phrase reads as if the aside were not there.',
});

const SPEECH = wordList('speech-verbs');
const OPENERS = wordList(reportingAside.id, 'openers');

/**
 * Marks the asides of tokens [from, to): a comma after a word, then a speaker (a capitalised word, or one of
 * 'openers': he, she, officials …), a speech verb within the next six words (no other mark than an apostrophe or a
 * full stop of a title between), and a closing comma followed by a lower-case word that carries the clause on.
 */
export function markAsides(tokens: Token[], from: number, to: number, index: LexiconIndex): void {
  const speech = SPEECH(index), openers = OPENERS(index);
  for (let j = from + 1; j < to - 3; j++) {
    if (tokens[j].text !== ',' || !tokens[j - 1].word) continue;
    const first = tokens[j + 1];
    if (!first.word || !(first.cap || openers.has(first.lower))) continue;
    let spoken = false, close = -1;
    for (let k = j + 2; k < Math.min(j + 9, to); k++) {
      const x = tokens[k];
      if (x.text === ',') { close = k; break; }
      if (speech.has(x.lower)) spoken = true;
      else if (!x.word && x.text !== "'" && x.text !== '.') break;
    }
    if (close < 0 || !spoken) continue;
    const next = tokens[close + 1];
    if (!next?.word || next.cap) continue;
    tokens[j].aside = close;
    j = close;
  }
}
