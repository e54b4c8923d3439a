// A token trie for matching many phrases (names, cue words, issue terms) in one pass,
// longest match first. Linear in the number of tokens times the longest phrase length.
import type { Token } from './tokenize.js';
import { phraseTokens } from './tokenize.js';

interface Node<T> { next: Map<string, Node<T>>; values: T[] }

export interface PhraseMatch<T> { start: number; end: number; values: T[] }

export class PhraseMatcher<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  /** When true, phrases and text are compared lower-cased. */
  constructor(private readonly caseless: boolean) {}

  add(phrase: string, value: T): void {
    const parts = phraseTokens(phrase);
    if (!parts.length) return;
    let node = this.root;
    for (const p of parts) {
      const key = this.caseless ? p.toLowerCase() : p;
      let child = node.next.get(key);
      if (!child) { child = { next: new Map(), values: [] }; node.next.set(key, child); }
      node = child;
    }
    node.values.push(value);
  }

  /** Longest match starting at token index i, or null. `end` is exclusive (token index). */
  matchAt(tokens: Token[], i: number, to = tokens.length): PhraseMatch<T> | null {
    // Called for nearly every token by several matchers: the first word is looked up on its own, and
    // most tokens stop there (speed, issue 7).
    if (i >= to) return null;
    const caseless = this.caseless;
    const first = tokens[i];
    let node = this.root.next.get(caseless ? first.lower : first.text);
    if (node === undefined) return null;
    let best: PhraseMatch<T> | null = node.values.length ? { start: i, end: i + 1, values: node.values } : null;
    for (let j = i + 1; j < to; j++) {
      const t = tokens[j];
      // Scare quotes inside a phrase ('he is "ready" to hold elections') do not break it.
      if (t.text === '"' && !node.next.has('"')) continue;
      node = node.next.get(caseless ? t.lower : t.text);
      if (node === undefined) break;
      if (node.values.length) best = { start: i, end: j + 1, values: node.values };
    }
    return best;
  }

  /** All non-overlapping longest matches in tokens [from, to), left to right (no phrase crosses `to`). */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }
}
