// Which sentences of a document hold a word of a list: a precheck for a rule whose every match starts at such a word.
// A candidate finder that looks its list up at every token of every sentence ("is this token one of my verbs?") pays
// a Set look-up per token even in the many sentences that have none of its words; here the document's words are
// indexed once (word → the sentences holding it) and each list's sentences are found once per document, with one
// look-up per word of the list, so a finder can return at once from a sentence with none of its words (speed,
// issue 7). The answer is exact: a sentence is marked if and only if one of its tokens' lower-cased word is in the list.
import type { Sentence } from './annotate.js';
import type { Token } from './tokenize.js';

/** A word list: a Set of lower-cased words, or a Map keyed by them. Each must keep its identity (built once, not per call). */
export type WordKeys = ReadonlySet<string> | ReadonlyMap<string, unknown>;

export class SentenceWords {
  /** Each lower-cased word of the document → the indices of the sentences holding it (ascending, no repeats). */
  private byWord: Map<string, number[]> | null = null;
  /** Per list: 1 for each sentence holding one of its words. */
  private readonly marks = new Map<WordKeys, Uint8Array>();
  /** Per word asked alone (hasWord): the same marks. */
  private readonly wordMarks = new Map<string, Uint8Array>();

  constructor(private readonly tokens: readonly Token[], private readonly sentences: readonly Sentence[]) {}

  /** Whether sentence `k` has a token (in its own token range) whose lower-cased word is in `words`. */
  has(k: number, words: WordKeys): boolean {
    let m = this.marks.get(words);
    if (m === undefined) {
      m = new Uint8Array(this.sentences.length);
      const byWord = this.byWord ?? this.index();
      for (const w of words.keys()) {
        const at = byWord.get(w);
        if (at !== undefined) for (const j of at) m[j] = 1;
      }
      this.marks.set(words, m);
    }
    return m[k] === 1;
  }

  /** Whether sentence `k` has a token whose lower-cased word is `word`. */
  hasWord(k: number, word: string): boolean {
    let m = this.wordMarks.get(word);
    if (m === undefined) {
      m = new Uint8Array(this.sentences.length);
      const at = (this.byWord ?? this.index()).get(word);
      if (at !== undefined) for (const j of at) m[j] = 1;
      this.wordMarks.set(word, m);
    }
    return m[k] === 1;
  }

  private index(): Map<string, number[]> {
    const byWord = new Map<string, number[]>();
    const { tokens } = this;
    for (const s of this.sentences) {
      for (let i = s.tStart; i < s.tEnd; i++) {
        const w = tokens[i].lower;
        const at = byWord.get(w);
        if (at === undefined) byWord.set(w, [s.index]);
        else if (at[at.length - 1] !== s.index) at.push(s.index);
      }
    }
    this.byWord = byWord;
    return byWord;
  }
}
