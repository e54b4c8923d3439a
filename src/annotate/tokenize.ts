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
  /** On a comma that opens a reporting aside ("ready, Zelensky said, to …"): the index of its closing comma; else -1 (asides.ts). */
  aside: number;
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

/** TOKEN anchored at one position (sticky): the token TOKEN finds when its search reaches that position. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/**
 * Per ASCII code: 1 a letter, 2 a digit, 3 whitespace (\s), 0 any other mark. What tokenize() reads
 * without a regular expression.
 */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : c === 32 || (c >= 9 && c <= 13) ? 3 : 0;
}

/**
 * The tokens TOKEN finds in `text`, left to right. A word of ASCII letters and digits that starts with a letter
 * and ends before an ASCII character (most tokens of English text), an ASCII mark and ASCII whitespace are read
 * from the character codes; anything else (a number, a non-ASCII character) is matched by TOKEN itself at that
 * position (TOKEN_AT), so every token is what TOKEN's search gives. Running TOKEN for every token, with its match
 * array, and lower-casing every word twice were most of the tokenizer's time, the extractor's largest single
 * function (speed, issue 7); tokenize.test.ts compares this with TOKEN's own search on the corpus's texts.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_KIND[c] : -1;
    if (kind === 3) { i++; continue; }
    let end = -1;
    let word = false;
    let upper = 0;
    if (kind === 1) {
      // A letter: TOKEN's number alternative cannot match, and its word alternative runs to the first
      // character that is not a letter or digit; when that is ASCII, the run is this loop's.
      let j = i;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 128) break;
        const k = ASCII_KIND[d];
        if (k !== 1 && k !== 2) { end = j; break; }
        if (d <= 90 && d >= 65) upper++;
      }
      if (j === n) end = n;
      word = true;
    } else if (kind === 0) {
      end = i + 1; // one ASCII mark (\S)
    }
    let t: string;
    let raw: string;
    if (end >= 0) {
      raw = text.slice(i, end);
      // Of ASCII marks only the backtick changes when normalised (normalisePunctuation).
      t = c === 0x60 ? normalisePunctuation(raw) : raw;
    } else {
      TOKEN_AT.lastIndex = i;
      const m = TOKEN_AT.exec(text);
      // No match here: a non-ASCII whitespace character, which TOKEN's search skips.
      if (m === null) { i++; continue; }
      raw = m[0];
      end = i + raw.length;
      word = m[1] !== undefined;
      const c0 = raw.charCodeAt(0);
      t = word || (raw.length === 1 && c0 < 128 && c0 !== 0x60) ? raw : normalisePunctuation(raw);
      upper = -1;
    }
    // An ASCII word with no capital letter, or an ASCII mark, is its own lower case (upper 0); an ASCII word's
    // first character is a letter, a capital when it is A-Z.
    const first = t.charCodeAt(0);
    tokens.push({
      text: t,
      lower: upper === 0 ? t : t.toLowerCase(),
      start: offset + i,
      end: offset + end,
      i: tokens.length,
      word,
      cap: upper >= 0 ? word && first >= 65 && first <= 90 : word && t[0] !== t[0].toLowerCase() && !(first >= 48 && first <= 57),
      firsts: null, firstText: undefined, firstLower: undefined, classes: 0, aside: -1,
    });
    i = end;
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
