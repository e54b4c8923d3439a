// Splits text into word and punctuation tokens with character offsets.
// Every later stage works on tokens, so matching is linear in the text length (no backtracking regexes).

export interface Token {
  /** Text as written, with typographic apostrophes and dashes normalised. */
  text: string;
  /** Lower-cased `text`. */
  lower: string;
  start: number;
  end: number;
  /** Index in the token array. */
  i: number;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /**
   * This token's entries in a lexicon's table of first words (`FirstWords` in phrase-matcher.ts), as written
   * and lower-cased: filled by annotate(), so that each phrase matcher of that lexicon finds its start here
   * instead of looking the word up again. `firsts` names the table; null when no table has read the token.
   */
  firsts: object | null;
  firstText: FirstEntry | undefined;
  firstLower: FirstEntry | undefined;
  /** Bits of the word classes (word-classes.ts) of `lower`, set by annotate(); 0 before. */
  classes: number;
}

/** A word's root nodes in the phrase matchers of one lexicon, by matcher slot. */
export type FirstEntry = unknown[];

// Numbers with thousands separators ("6,000") are one token, so list splitting does not cut them.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+)|\S/gu;
const APOSTROPHES = /[’‘`´]/g;
const DASHES = /[‐‑‒–—―]/g;

export function normalisePunctuation(s: string): string {
  return s.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/[“”«»„]/g, '"');
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    // The first alternative of TOKEN is a word or number; the rest are single punctuation marks.
    const word = m[1] !== undefined;
    // Most marks are ASCII and need no normalising (of ASCII, only the backtick changes): three
    // replacements per comma and full stop were a tenth of the tokenizer's time (speed, issue 7).
    const c0 = raw.charCodeAt(0);
    const t = word || (raw.length === 1 && c0 < 128 && c0 !== 0x60) ? raw : normalisePunctuation(raw);
    const first = t.charCodeAt(0);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + raw.length,
      i: tokens.length,
      word,
      cap: word && t[0] !== t[0].toLowerCase() && !(first >= 48 && first <= 57),
      firsts: null, firstText: undefined, firstLower: undefined, classes: 0,
    });
  }
  return tokens;
}

/**
 * The words of tokens.slice(from, to) joined by single spaces, as written or lower-cased: what
 * `tokens.slice(from, to).map((t) => t.lower).join(' ')` gives (from and to are read as slice() reads
 * them), without the two arrays. Those arrays also made V8 throw away the optimised code of the functions
 * that built them: map() makes a holey array in one tier and a packed one in the other (speed, issue 7).
 */
export function joinTokens(tokens: Token[], from: number, to: number, lower: boolean): string {
  const n = tokens.length;
  let a = Math.trunc(from) || 0, b = Math.trunc(to) || 0;
  a = a < 0 ? Math.max(n + a, 0) : Math.min(a, n);
  b = b < 0 ? Math.max(n + b, 0) : Math.min(b, n);
  let out = '';
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    out = i === a ? (lower ? t.lower : t.text) : out + ' ' + (lower ? t.lower : t.text);
  }
  return out;
}

/** The words of tokens.slice(from, to), as written or lower-cased, in an array built by push (see joinTokens). */
export function tokenWords(tokens: Token[], from: number, to: number, lower: boolean): string[] {
  const n = tokens.length;
  let a = Math.trunc(from) || 0, b = Math.trunc(to) || 0;
  a = a < 0 ? Math.max(n + a, 0) : Math.min(a, n);
  b = b < 0 ? Math.max(n + b, 0) : Math.min(b, n);
  const out: string[] = [];
  for (let i = a; i < b; i++) out.push(lower ? tokens[i].lower : tokens[i].text);
  return out;
}

/** Tokenizes a lexicon phrase the same way as text, returning the token texts. */
export function phraseTokens(phrase: string): string[] {
  // tokenize()'s texts without its token objects: the lexicon's thousands of phrases are split at
  // every start-up (speed, issue 7).
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(phrase); m; m = TOKEN.exec(phrase)) {
    const raw = m[0];
    const c0 = raw.charCodeAt(0);
    out.push(m[1] !== undefined || (raw.length === 1 && c0 < 128 && c0 !== 0x60) ? raw : normalisePunctuation(raw));
  }
  return out;
}
