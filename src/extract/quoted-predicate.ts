// A predicate quoted after its subject (content/quoted-predicate): 'Putin said Ukraine's security "also needs to be
// ensured"', 'Macron said the assets "must serve Ukraine"', 'Yerevan said any border deal "would have to be ratified"'.
// The writer quotes the speaker's words from the modal on; the quote mark that opens them is no clause break between
// the deontic and its subject, which content/condition-subject reads as what is demanded. Only a quote that opens
// (an even number of quote marks before it in the sentence) right before the modal or at most two words before it
// (adverbs: "also", "still"; rules.json content/quoted-predicate 'adverbs'), after a word of the subject, and that closes after the modal: a quoted subject ('"Security guarantees" must come
// first') is a scare quote read as before, and a quote closing before the modal ends a quoted clause.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const quotedPredicate = defineRule({
  id: 'content/quoted-predicate', stage: 'content',
  reason: 'A quote mark that opens the quoted predicate, right before a deontic or up to two words before it ("Ukraine\'s security \\"also needs to be ensured\\"", "the assets \\"must serve Ukraine\\""), and closes after it, is no break between the deontic and its subject: content/condition-subject reads the subject before the quote as what is demanded (gold of own L, AN, AV: RUS security guarantees for "Ukraine\'s security \\"should be ensured\\""; W, AW: sanctions for "the assets \\"must be used\\""). Not a quote that closes before the modal, nor one opened earlier in the sentence (an odd number of quote marks before it).',
});

/** How many words may stand between the opening quote mark and the deontic ("also", "still"). */
const MAX_BEFORE = 2;

/** The quote mark at `j` opens a quoted predicate holding the deontic at `at` (content/quoted-predicate). */
export function quotedPredicateOpen(doc: Doc, s: Sentence, j: number, at: number): boolean {
  const { tokens } = doc;
  if (tokens[j]?.text !== '"' || at - j - 1 > MAX_BEFORE) return false;
  // (The subject's last word right before the quote: not a colon or a comma, '… remained necessary: "The killing must
  // stop"', which opens a quoted clause of its own; and only adverbs inside it before the modal, not its own subject.)
  if (!tokens[j - 1]?.word || j - 1 < s.tStart) return false;
  const adverbs = doc.index.words(quotedPredicate.id, 'adverbs');
  for (let k = j + 1; k < at; k++) if (!adverbs.has(tokens[k].lower)) return false;
  let before = 0;
  for (let k = s.tStart; k < j; k++) if (tokens[k].text === '"') before++;
  if (before % 2) return false;
  for (let k = at; k < s.tEnd; k++) if (tokens[k].text === '"') return true;
  return false;
}
