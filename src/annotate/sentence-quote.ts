// Short quotations that are whole sentences. Scare quotes ("root causes", "of no use") are words inside a
// sentence of the writer's, so a quotation of eight tokens or fewer counts as speech only when something marks it
// as said. A quotation that is a sentence of its own — its opening mark heads the sentence (or follows a colon),
// its closing mark ends it, right after the sentence's final stop — is always someone's words, however short:
// '"If the war does not end, it will be difficult for the world to move forward," he said. "We must end the war."'
// Such a quote is then read like any longer one: its speaker is named next to it or carried from the quote before
// (discourse/paragraph-speaker), its "we" is the speaker's side.
import type { Token } from './tokenize.js';
import { defineRule } from '../extract/rules/registry.js';

export const sentenceQuote = defineRule({
  id: 'discourse/sentence-quote', stage: 'discourse',
  reason: 'A short quotation that is a whole sentence — its opening mark heads the sentence or follows a colon, its closing mark ends the sentence right after the final stop ("We must end the war.", "Europe must be at the table.", \'Quote: "Peace cannot be dictated to Ukraine," said Donald Tusk\' with its verb of saying after it) — is speech, not a scare quote: scare quotes stand inside a sentence of the writer\'s. At least two words inside, and only after another quotation of the same paragraph, whose speech it goes on: a short quote alone in its paragraph is left as it was. Its speaker is found as for any quotation (named next to it, or carried from the quote before in the paragraph).',
});

/** Whether the quote opening at token `a` starts its sentence or follows a colon (discourse/sentence-quote). */
export function quoteOpensSentence(tokens: Token[], sentenceOf: Int32Array, a: number): boolean {
  return a === 0 || sentenceOf[a - 1] !== sentenceOf[a] || tokens[a - 1].text === ':';
}

/**
 * Whether the quotation between the marks at `a` and `b` is a whole sentence: it opens the sentence (or follows a
 * colon), holds at least two words, ends on a stop right before its closing mark, and the sentence ends with that
 * mark (discourse/sentence-quote).
 */
export function wholeSentenceQuote(tokens: Token[], sentenceOf: Int32Array, a: number, b: number): boolean {
  if (b >= tokens.length || sentenceOf[a] !== sentenceOf[b] || !quoteOpensSentence(tokens, sentenceOf, a)) return false;
  if (!/^[.!?]$/.test(tokens[b - 1]?.text ?? '')) return false;
  if (b + 1 < tokens.length && sentenceOf[b + 1] === sentenceOf[b]) return false;
  let words = 0;
  for (let i = a + 1; i < b; i++) if (tokens[i].word) words++;
  return words >= 2;
}
