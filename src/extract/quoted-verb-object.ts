// A stance verb quoted on its own, with its object after the closing mark outside the quote: 'Minsk "fully supports"
// the Chinese initiative', 'Nairobi said it "firmly backs" the declaration', 'Moscow "categorically rejects" any
// such scenario'. The writer quotes the speaker's verb and names what it is about in their own words; the closing mark
// ends the quote, not the stance. Such a verb is no bare answer to the last stance of another party
// (content/bare-answer): its object is the noun phrase after the mark, which the other content rules read
// ("the Chinese initiative" a whole plan, the talks; "the declaration" what the declaration holds). The answer stays
// when the mark closes a quoted sentence ('"We agree," he said', '"Azerbaijan agreed."') or when no noun phrase
// opens after it ('"We agree" he said': a speaker, no object). Word list: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const quotedVerbObject = defineRule({
  id: 'content/quoted-verb-object', stage: 'content',
  reason: '\'Minsk "fully supports" the Chinese initiative\', \'Nairobi said it "firmly backs" the declaration\': a stance verb whose quote closes right after it (a word before the mark, no comma) and whose next word opens a noun phrase (\'openers\': a determiner, a quantifier or a possessive) has that phrase as its object, outside the quote: no bare answer to the last stance of another party. \'"We agree," he said\' (a comma before the mark) and \'"We agree" Aliyev said\' (a name after it) stay answers.',
});

/**
 * Whether the token at `j`, right after a stance verb, is a quotation mark that closes the verb's quote with the verb's
 * object after it (content/quoted-verb-object). `opens` tells whether a mark opens a quote.
 */
export function quotedVerbObjectAt(doc: Doc, s: Sentence, j: number, opens: (j: number) => boolean): boolean {
  const { tokens } = doc;
  if (tokens[j]?.text !== '"' || j + 1 >= s.tEnd || opens(j)) return false;
  // (A comma or a stop inside the mark closes a quoted sentence: '"We agree," he said'.)
  if (!tokens[j - 1]?.word) return false;
  return doc.index.words(quotedVerbObject.id, 'openers').has(tokens[j + 1].lower);
}

/** Whether a quotation mark at `j` opens a quote: a curly opening mark, else an even count of marks before it in `s`. */
function opensAt(doc: Doc, s: Sentence, j: number): boolean {
  const raw = doc.text[doc.tokens[j].start];
  if (raw === '“' || raw === '«') return true;
  if (raw === '”' || raw === '»') return false;
  let marks = 0;
  for (let k = s.tStart; k < j; k++) if (doc.tokens[k].text === '"') marks++;
  return marks % 2 === 0;
}

/** Where the object of the stance `t` starts: past the closing mark of a quoted verb (content/quoted-verb-object), else right after it. */
export function objectStartOf(doc: Doc, s: Sentence, t: Trigger): number {
  return quotedVerbObjectAt(doc, s, t.end, (j) => opensAt(doc, s, j)) ? t.end + 1 : t.end;
}
