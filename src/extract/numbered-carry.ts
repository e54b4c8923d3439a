// "His full list, as he set it out: / 1. Ukrainian troops must be withdrawn from … / 2. Kyiv must officially notify …
// / 3. Ukraine must have a neutral status …": numbered points on lines of their own go on with one speaker's list, so
// the holder carried from point N (a claim's holder, or the speaker the deontic of point 1 took) goes on to point N+1,
// though each point is a paragraph of its own and a holder that was no sentence's subject ends at a paragraph break.
// Only from N to N+1 with nothing between: a numbered point after prose, or a list that starts again at 1, carries
// nothing; bullets with the same mark ("- …" / "- …") go on the same way (discourse/numbered-carry).
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const numberedCarry = defineRule({
  id: 'discourse/numbered-carry', stage: 'discourse',
  reason: '"Aliyev set out his terms: / 1. Armenian troops must leave Syunik\'s border posts. / 2. Yerevan must amend its constitution.": a paragraph that opens with the number N+1 right after the paragraph that opened with N continues the same list, so the holder carried from the point before (a claim\'s holder, or the speaker a deontic took) is not dropped at the paragraph break, as it is elsewhere for a holder that was no sentence\'s subject. Bullets with the same mark on consecutive paragraphs ("- …" / "- …") go on the same way. Only consecutive numbers: a list starting again at 1, a point or bullet after a prose paragraph, or a bullet after a number carry nothing.',
});

/**
 * The mark that opens sentence `s` as a list line: a bullet of content/list-items' 'bullets' ("-", "•", "*" …) or a
 * list number ("3." or "3)") as a number; null for a sentence that is no list line. extract.ts reads bullet lines with
 * it too (content/list-items).
 */
export function listMarkOf(doc: Doc, s: Sentence | undefined): string | number | null {
  return s ? listMarkAt(doc, s.tStart) : null;
}

/** The list mark at token `i` (a bullet of content/list-items' 'bullets', or "3." / "3)" as a number), or null. */
export function listMarkAt(doc: Doc, i: number): string | number | null {
  const first = doc.tokens[i];
  if (!first) return null;
  if (doc.index.words('content/list-items', 'bullets').has(first.text)) return first.text;
  const next = doc.tokens[i + 1]?.text;
  return /^\d{1,2}$/.test(first.text) && (next === '.' || next === ')') ? Number(first.text) : null;
}

/** The first token after the list mark that opens sentence `s` ("-", "3.", "3)"), or its first token when it opens with none. */
export function afterListMark(doc: Doc, s: Sentence): number {
  const mark = listMarkOf(doc, s);
  return mark === null ? s.tStart : typeof mark === 'number' ? s.tStart + 2 : s.tStart + 1;
}

/** Whether paragraph-opening sentence `cur` goes on the list of the one before, `prev`: the next number, or the same bullet mark. */
export function continuesList(doc: Doc, prev: Sentence | undefined, cur: Sentence): boolean {
  const a = listMarkOf(doc, prev), b = listMarkOf(doc, cur);
  if (a === null || b === null) return false;
  return typeof a === 'number' ? b === a + 1 : b === a;
}
