// A want or need that introduces a list: "According to two diplomats, Moscow wants:" followed by a bulleted or
// numbered list of terms on the next lines, "Asmara needs the following:". The wanted things are the list's items,
// which the list rules read as the cue's content (discourse/numbered-carry, section lists); trigger/want-needs-act had
// dropped the cue, "nothing wanted of another party", because nothing follows it in its own sentence. Read: the cue,
// up to 'maxWords' of 'introWords' ("the following", "these three things"), then a colon that ends the sentence or is
// followed by a list marker (a bullet, a dash, a number with a full stop or parenthesis). Not denied ("does not want:"
// does not occur as a list), and only the want/need cues, not "expect" (an expectation reads as a prediction).
// Words: rules.json trigger/wanted-list.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { listMarkAt } from './numbered-carry.js';

export const wantedList = defineRule({
  id: 'trigger/wanted-list', stage: 'trigger',
  reason: 'A want or need whose object is a list introduced by a colon ("Moscow wants:" then "- the reconnection of Rosselkhozbank to SWIFT; - insurance for its grain ships", "Asmara needs the following: …") wants the listed terms: trigger/want-needs-act keeps it, and the items are its content. The colon comes right after the cue or after up to \'maxWords\' of \'introWords\' ("the following", "these three things"), and ends the sentence or is followed by a list marker.',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** Whether a want/need cue ending at `end` introduces a list with a colon. */
export function wantedListAt(doc: Doc, s: Sentence, end: number): boolean {
  const intro = doc.index.words(wantedList.id, 'introWords');
  const max = Number(doc.index.vocab.rules[wantedList.id]?.maxWords ?? 3);
  let q = end;
  while (q < s.tEnd && q - end < max && intro.has(lower(doc, q))) q++;
  if (doc.tokens[q]?.text !== ':' || q >= s.tEnd) return false;
  // The colon ends the sentence: the list follows on the next lines.
  if (q + 1 >= s.tEnd) return true;
  // Or a list marker follows it right away: "wants: 1. …", "wants: - …", "wants: (a) …".
  // (A bullet or a list number as discourse/numbered-carry reads them; a letter too, "a)", "(a)".)
  if (listMarkAt(doc, q + 1) !== null) return true;
  const next = doc.tokens[q + 1];
  if (/^[a-z]$/.test(next.text) && /^[.)]$/.test(doc.tokens[q + 2]?.text ?? '')) return true;
  if (next.text === '(' && /^(\d{1,2}|[a-z])$/.test(lower(doc, q + 2)) && doc.tokens[q + 3]?.text === ')') return true;
  return false;
}
