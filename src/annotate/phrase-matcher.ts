// A token trie for matching many phrases (names, cue words, issue terms) in one pass,
// longest match first. Linear in the number of tokens times the longest phrase length.
import type { FirstEntry, Token } from './tokenize.js';
import { phraseTokens } from './tokenize.js';

interface Node<T> { next: Map<string, Node<T>>; values: T[] }

export interface PhraseMatch<T> { start: number; end: number; values: T[] }

/**
 * What a node has before a phrase continues or ends there: most of the lexicon's ~10,000 nodes are leaves
 * or carry no value, and a Map and an array each were a third of building the index at every start-up
 * (speed, issue 7). Never written to: add() replaces them with a node's own before adding.
 */
const NO_NEXT = new Map<string, never>();
const NO_VALUES: never[] = [];
function newNode<T>(): Node<T> { return { next: NO_NEXT, values: NO_VALUES }; }

/** No word classes: tokens marked without a table get no bits. */
const NO_CLASSES: ReadonlyMap<string, number> = new Map();

/** A word's entry in FirstWords: its root nodes by matcher slot, and its word-class bits (word-classes.ts). */
interface WordEntry { roots: FirstEntry | undefined; classes: number }

/**
 * The first words of all the phrase matchers of one lexicon, each word with the root node of every matcher
 * that has a phrase starting with it. annotate() looks each token up here twice (as written, lower-cased) and
 * keeps the entries on the token; each matcher then reads its own slot. Before, each of six matchers looked
 * up every token in its own map: ~10% of the extractor's time on news text (speed, issue 7). Complete once
 * the lexicon index is built: no phrase is added after tokens are marked.
 * The same entries carry the word-class bits of the lower-cased word, so that a lower-case token (most of
 * them) costs one Map lookup for both, not one here and one in the word-class table (speed, issue 7).
 */
export class FirstWords {
  private readonly entries = new Map<string, WordEntry>();
  private slots = 0;
  /** The word-class table whose bits the entries carry (null until the first mark()). */
  private classTable: ReadonlyMap<string, number> | null = null;

  /** A new matcher's slot in every entry. */
  slot(): number { return this.slots++; }

  set(word: string, slot: number, node: unknown): void {
    let e = this.entries.get(word);
    if (!e) { e = { roots: undefined, classes: this.classTable?.get(word) ?? 0 }; this.entries.set(word, e); }
    (e.roots ??= [])[slot] = node;
  }

  /**
   * Gives every token its entries (undefined: no phrase of this lexicon starts with the word) and the
   * word-class bits of its lower-cased word from `classTable` (word-classes.ts; the same table every time).
   */
  mark(tokens: Token[], classTable: ReadonlyMap<string, number> = NO_CLASSES): void {
    if (this.classTable !== classTable) this.takeClasses(classTable);
    for (const t of tokens) {
      t.firsts = this;
      const e = this.entries.get(t.text);
      t.firstText = e?.roots;
      const l = t.lower === t.text ? e : this.entries.get(t.lower);
      t.firstLower = l?.roots;
      t.classes = l?.classes ?? 0;
    }
  }

  /** Copies the bits of a word-class table into the entries (a word in no phrase gets an entry of its own). */
  private takeClasses(classTable: ReadonlyMap<string, number>): void {
    for (const e of this.entries.values()) e.classes = 0;
    for (const [word, bits] of classTable) {
      const e = this.entries.get(word);
      if (e) e.classes = bits; else this.entries.set(word, { roots: undefined, classes: bits });
    }
    this.classTable = classTable;
  }
}

export class PhraseMatcher<T> {
  private root: Node<T> = { next: new Map(), values: NO_VALUES };
  private readonly slot: number;
  /** When true, phrases and text are compared lower-cased. With `firstWords`, the matcher's first words are listed there too. */
  /**
   * When true, a phrase steps over a reporting aside between commas ("ready, Zelensky said, to": Token.aside,
   * asides.ts): for cue phrases only.
   */
  skipAsides = false;

  constructor(private readonly caseless: boolean, private readonly firstWords: FirstWords | null = null) {
    this.slot = firstWords ? firstWords.slot() : -1;
  }

  add(phrase: string, value: T): void {
    const parts = phraseTokens(phrase);
    if (!parts.length) return;
    let node = this.root;
    for (const p of parts) {
      const key = this.caseless ? p.toLowerCase() : p;
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        if (node.next === NO_NEXT) node.next = new Map();
        node.next.set(key, child);
        if (node === this.root && this.firstWords) this.firstWords.set(key, this.slot, child);
      }
      node = child;
    }
    if (node.values === NO_VALUES) node.values = [];
    node.values.push(value);
  }

  /** Longest match starting at token index i, or null. `end` is exclusive (token index). */
  matchAt(tokens: Token[], i: number, to = tokens.length): PhraseMatch<T> | null {
    // Called for nearly every token by several matchers: the first word is looked up on its own, and
    // most tokens stop there (speed, issue 7).
    if (i >= to) return null;
    const caseless = this.caseless;
    const first = tokens[i];
    // A token marked by this matcher's table carries its first-word entry; any other is looked up here.
    let node = first.firsts !== null && first.firsts === this.firstWords
      ? (caseless ? first.firstLower : first.firstText)?.[this.slot] as Node<T> | undefined
      : this.root.next.get(caseless ? first.lower : first.text);
    if (node === undefined) return null;
    let best: PhraseMatch<T> | null = node.values.length ? { start: i, end: i + 1, values: node.values } : null;
    for (let j = i + 1; j < to; j++) {
      const t = tokens[j];
      // Scare quotes inside a phrase ('he is "ready" to hold elections') do not break it.
      if (t.text === '"' && !node.next.has('"')) continue;
      // ("is ready, Zelensky said, to hold talks": the aside is no part of the phrase.)
      if (t.aside > 0 && this.skipAsides && j > i) { j = t.aside; continue; }
      node = node.next.get(caseless ? t.lower : t.text);
      if (node === undefined) break;
      if (node.values.length) best = { start: i, end: j + 1, values: node.values };
    }
    return best;
  }

  /** All non-overlapping longest matches in tokens [from, to), left to right (no phrase crosses `to`). */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const table = this.firstWords, slot = this.slot, caseless = this.caseless;
    for (let i = from; i < to; ) {
      // A token marked by this matcher's table with no entry in its slot starts no phrase: skipped without a
      // call to matchAt (most tokens; matchAt is not inlined here, speed, issue 7).
      const t = tokens[i];
      if (t.firsts !== null && t.firsts === table && (caseless ? t.firstLower : t.firstText)?.[slot] === undefined) { i++; continue; }
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }
}
