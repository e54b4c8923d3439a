// Word classes: the word lists that rules test on every token of a sentence ("is this token a modal?",
// "does the sentence have a condition word?"), each given one bit. annotate() gives every token the bits of
// the classes its lower-cased word is in, in the Map lookup of its first-word entries (FirstWords.mark), and
// each sentence the bits of its tokens together; a rule then tests a bit where it looked the same word up in a
// Set again. About twenty such lists were looked up on every token of every sentence: Set look-ups were ~7%
// of the extractor's instructions (speed, issue 7). The lists stay data (rules.json, roles.json); a class only names which.
import type { LexiconIndex } from './lexicon-index.js';
import type { Token } from './tokenize.js';

export interface WordClass {
  readonly name: string;
  /** One bit of Token.classes and Sentence.classes. */
  readonly bit: number;
  /** The lower-cased words of the class in a lexicon. */
  readonly words: (index: LexiconIndex) => Iterable<string>;
}

/** Bits of a 32-bit integer the bitwise operators keep exact (the sign bit is left out). */
const MAX_CLASSES = 31;
const classes: WordClass[] = [];
/** Per lexicon index: each lower-cased word with the bits of its classes. */
const tables = new WeakMap<LexiconIndex, Map<string, number>>();

/**
 * A word class, defined when its module loads: every class must exist before the first document is
 * annotated, because a token's bits are set once then (a later class would be missing from them).
 */
export function defineWordClass(name: string, words: (index: LexiconIndex) => Iterable<string>): WordClass {
  if (anyTable) throw new Error(`word class '${name}' defined after a document was annotated: define it at module level`);
  if (classes.length >= MAX_CLASSES) throw new Error(`word class '${name}': more than ${MAX_CLASSES} classes; give Token a second bit field`);
  const c: WordClass = { name, bit: 1 << classes.length, words };
  classes.push(c);
  return c;
}

let anyTable = false;
function tableOf(index: LexiconIndex): Map<string, number> {
  let table = tables.get(index);
  if (!table) {
    table = new Map();
    for (const c of classes) for (const w of c.words(index)) table.set(w, (table.get(w) ?? 0) | c.bit);
    tables.set(index, table);
    anyTable = true;
  }
  return table;
}

/**
 * The bits of every lower-cased word in a class, for annotate(): FirstWords.mark() gives each token the bits of
 * its lower-cased word from this table, in the same lookup as its first-word entries.
 */
export function wordClassTable(index: LexiconIndex): ReadonlyMap<string, number> {
  return tableOf(index);
}

/** Whether a token (of an annotated document) is in a word class; false for no token. */
export function inClass(t: Token | undefined, c: WordClass): boolean {
  return t !== undefined && (t.classes & c.bit) !== 0;
}

/** Modal verbs (roles.json modalOffer.modals): scanned for on every sentence by the modal and passive rules. */
export const MODAL = defineWordClass('modals', (index) => index.set.modals);

/** Words in -ly that are no adverbs ("supply", "comply", "rely", "Italy", "July"; candidate/modal 'lyNotAdverbs'). */
export const LY_NOT_ADVERB = defineWordClass('-ly words that are no adverbs', (index) => index.words('candidate/modal', 'lyNotAdverbs'));

/** An adverb in -ly ("also likely", "swiftly"), skipped between a subject, a modal and its verb; not "would supply". */
export function lyAdverb(t: Token | undefined): boolean {
  return t !== undefined && t.lower.endsWith('ly') && !inClass(t, LY_NOT_ADVERB);
}
