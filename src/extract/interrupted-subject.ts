// "A final settlement, Aliyev went on, would have to fix Armenia's renunciation of …", "Any negotiation, she said, had to
// be accepted by Yerevan", "Any real negotiation, he said, \"has to include Azerbaijan\"": a reporting clause set off by
// commas between a deontic's subject and its modal interrupts the subject, it does not end it. The speaker is found
// by the holder rules (holder/deontic-speaker reads the parenthesis); what the subject names is read here, past the
// parenthesis, as content/condition-subject reads a subject next to its modal. A quote mark that opens right after
// the parenthesis ("he said, \"has to …\"") is skipped too. Words: rules.json content/interrupted-subject.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { speechVerbs } from './holder.js';

export const interruptedSubject = defineRule({
  id: 'content/interrupted-subject', stage: 'content',
  reason: 'A reporting clause set off by commas between a deontic\'s subject and its modal ("A final settlement, Putin went on, would have to fix …", "Any negotiation, she said, had to be accepted by Kyiv", "Any real negotiation, he said, \\"has to include Russia\\"") interrupts the subject: content/condition-subject reads the subject before the parenthesis (a verb of saying within \'reach\' words between the commas), and a meeting or negotiation named there is the talks (\'talksSubjects\' after determiners and \'talksAdjectives\').',
});

const QUOTES = new Set(['"', '\u201c']);

/**
 * The index of the comma that opens a reporting parenthesis closed by the comma at `close` (", she said,", ", Putin
 * went on,", ", the minister stressed,"), else -1: a verb of saying between the two commas, within 'reach' words.
 */
export function reportingParenthesisOpen(doc: Doc, s: Sentence, close: number): number {
  if (doc.tokens[close]?.text !== ',') return -1;
  const reach = Number(doc.index.vocab.rules[interruptedSubject.id].reach);
  const speech = speechVerbs(doc);
  let said = false;
  for (let j = close - 1; j >= Math.max(s.tStart, close - reach - 1); j--) {
    const x = doc.tokens[j];
    if (x.text === ',') return said && j > s.tStart ? j : -1;
    if (!x.word && x.text !== '.' && x.text !== "'") return -1;
    if (speech.has(x.lower)) said = true;
  }
  return -1;
}

/** The token right before a modal at `modal` that closes a reporting parenthesis (past an opening quote mark), else -1. */
export function parenthesisBeforeModal(doc: Doc, s: Sentence, modal: number): number {
  let c = modal - 1;
  if (QUOTES.has(doc.tokens[c]?.text ?? '')) c--;
  return c > s.tStart ? reportingParenthesisOpen(doc, s, c) : -1;
}

/** "Any real negotiation" ending right before `end`: a talks noun after determiners and adjectives from `from` (content/interrupted-subject). */
export function talksSubjectBefore(doc: Doc, from: number, end: number): boolean {
  const w = (list: string) => doc.index.words(interruptedSubject.id, list);
  let h = from;
  while (h < end && (w('talksDeterminers').has(doc.tokens[h].lower) || w('talksAdjectives').has(doc.tokens[h].lower))) h++;
  return h === end - 1 && w('talksSubjects').has(doc.tokens[h].lower);
}
