// A subject quoted whole before a deontic (content/quoted-subject): 'Putin said "all the root causes of the conflict"
// must be eliminated', 'Aliyev said "the rights of the Armenians of Karabakh" must be respected', 'Vucic insisted
// "all the primary causes, the real causes" of the crisis should be addressed'. The writer quotes the speaker's noun
// phrase and goes on with the predicate in his own words; the quote mark that closes the phrase is no clause break
// between the deontic and its subject, which content/condition-subject reads as what is demanded. Only a quote that
// opens right after a verb of saying, "that", a comma or a colon ('for a settlement to be lasting, "all the root causes
// of the conflict" must be eliminated'; the subject's start: an even number of quote marks before it), closes
// within four words before the deontic (its subject's own "of the conflict" may follow), and holds a noun phrase of at
// most twelve words with no stance or deontic cue of its own ('he said "we will never agree" must …' is a quoted
// clause). A short scare quote ('the "primary causes" of the war') is read as before (scareQuoteOpen).
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const quotedSubject = defineRule({
  id: 'content/quoted-subject', stage: 'content',
  reason: 'A noun phrase quoted whole as the subject of a deontic, its quote opening right after a verb of saying, "that", a comma or a colon ("Putin said \\"all the root causes of the conflict\\" must be eliminated", "\\"all the primary causes, the root causes\\" of the conflict must be eliminated": gold of own L, BB: RUS DEMAND governance), is no break between the deontic and its subject: content/condition-subject reads the quoted phrase as what is demanded. Not a quote opened elsewhere (an odd number of quote marks before it), nor a quoted clause with a cue of its own, nor one longer than twelve words or closing more than four words before the deontic.',
});

const MAX_WORDS = 12;
const MAX_AFTER = 4;

/** When the quote mark at `close` ends a quoted subject of the deontic at `at` (content/quoted-subject), the index of
 * its opening quote mark, else -1. `opens(k)` says whether the word at k opens a subject (a verb of saying, "that"). */
export function quotedSubjectOpen(doc: Doc, s: Sentence, close: number, at: number, opens: (k: number) => boolean): number {
  const { tokens } = doc;
  const clauseWords = doc.index.words(quotedSubject.id, 'clauseWords');
  if (tokens[close]?.text !== '"' || at - close - 1 > MAX_AFTER) return -1;
  // (Only words of the subject's own phrase between the quote and the deontic: "of the conflict".)
  for (let k = close + 1; k < at; k++) if (!tokens[k].word) return -1;
  let open = -1, words = 0;
  for (let k = close - 1; k > s.tStart && k >= close - MAX_WORDS - 3; k--) {
    if (tokens[k].text === '"') { open = k; break; }
    if (tokens[k].word) words++;
    else if (tokens[k].text !== ',' && tokens[k].text !== '-' && tokens[k].text !== "'") return -1;
    // (A quoted clause, not a noun phrase: a modal, a verb of being or a personal pronoun inside it.)
    if (clauseWords.has(tokens[k].lower)) return -1;
  }
  if (open < 0 || words < 2 || words > MAX_WORDS || !opens(open - 1)) return -1;
  let before = 0;
  for (let k = s.tStart; k < open; k++) if (tokens[k].text === '"') before++;
  return before % 2 ? -1 : open;
}
