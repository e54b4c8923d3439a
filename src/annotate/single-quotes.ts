// Quotations in single marks (British style: 'We will not give up an inch,' the minister said). Every later
// step knows a quotation by its '"' tokens (quote speakers, "we" in a quote, scope and attribution ends), so
// a pair of single marks that opens and closes a quotation is rewritten to '"' here, before the lexicon's
// first-word table is filled. An apostrophe never qualifies: it stands between two letters ("don't",
// "Russia's"), or after a plural's s before a noun ("the allies' plan").
import type { Token } from './tokenize.js';
import { defineRule } from '../extract/rules/registry.js';

defineRule({
  id: 'discourse/single-quotes', stage: 'discourse',
  reason: "A quotation in single marks in a paragraph with no double quotation marks ('There is nothing in it we can accept,' he said) is a quotation like one in double marks: its speaker, its 'we' and its end are read the same way.",
});

const OPEN_AFTER = new Set([' ', '\n', '\t', '\r', ':', '(', '[', '-', '—', '–', '\u00a0']);
const CLOSE_AFTER_MARK = new Set([',', '.', '!', '?', ';', ':', '…']);

function isMark(t: Token): boolean { return !t.word && t.text === "'"; }

/** An opening mark: at a paragraph's or clause's start, a word attached after it ('We …', ‘Any …'). */
function opens(tokens: Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  if (!next || !next.word || next.start !== tokens[i].end) return false;
  const before = tokens[i].start > 0 ? text[tokens[i].start - 1] : ' ';
  return OPEN_AFTER.has(before);
}

/** A closing mark: attached to the punctuation or word before it, and not followed by a word attached or spaced. */
function closes(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  if (!prev || prev.end !== tokens[i].start) return false;
  if (next && next.word && next.start === tokens[i].end) return false; // "Russia's", "don't"
  if (CLOSE_AFTER_MARK.has(prev.text)) return true;
  // After a word only when punctuation or the end follows: 'a list of ultimatums'. ("the allies' plan" is a possessive.)
  return prev.word && (!next || !next.word);
}

/** Rewrites paired single quotation marks to '"' in every paragraph that has no double quotation mark. */
export function markSingleQuotes(tokens: Token[], text: string): void {
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) if (isMark(tokens[i])) any = true;
  if (!any) return;
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !lineBreakBetween(text, tokens[i - 1].end, tokens[i].start)) continue;
    paragraph(tokens, from, i, text);
    from = i;
  }
}

function lineBreakBetween(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function paragraph(tokens: Token[], a: number, b: number, text: string): void {
  for (let i = a; i < b; i++) if (tokens[i].text === '"') return; // double marks: single ones are nested or apostrophes
  let open = -1;
  for (let i = a; i < b; i++) {
    if (!isMark(tokens[i])) continue;
    if (open < 0) { if (opens(tokens, i, text)) open = i; continue; }
    if (closes(tokens, i)) { rewrite(tokens[open]); rewrite(tokens[i]); open = -1; }
  }
  // A quotation that runs on into the next paragraph opens this one and is not closed in it.
  if (open === a) rewrite(tokens[open]);
}

function rewrite(t: Token): void { t.text = '"'; t.lower = '"'; }
