// Sentence and paragraph boundaries. News text has abbreviations ("U.S.", "Nov.", "Mr."),
// quotes after the full stop, datelines and one-line headings, so a plain split on ". " is not enough.

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (a block of text between line breaks). */
  paragraph: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen', 'rep', 'gov', 'pres', 'prof', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'approx',
  'ed', 'inc', 'corp', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
]);

/**
 * Longest sentence kept whole, in characters. The longest real sentence in our corpora is about
 * 500 characters; a longer "sentence" (a text with no full stops, a list repeated for megabytes)
 * is cut into chunks of at most this size, at the last clause break or space, so every later
 * per-sentence scan is bounded and extraction stays linear in the input (issue 10).
 */
export const MAX_SENTENCE_CHARS = 1000;
/** Sentences per paragraph beyond which a new paragraph starts, for the same reason (real: ≤ 10). */
export const MAX_PARAGRAPH_SENTENCES = 50;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isUpperStart(text: string, i: number): boolean {
  // Skip opening quotes/brackets before the first letter.
  let j = i;
  while (j < text.length && /["'“‘(\[«—–-]/.test(text[j])) j++;
  const c = text[j];
  return c !== undefined && (/[\p{Lu}\p{N}]/u.test(c));
}

/**
 * The end of a reference-work citation mark at `j` ("[8]", "[12]", "[a]"), else `j`: "… a ceiling of 250,000.[8] Russia
 * also sought …" ends its sentence at the mark as at a closing quote.
 */
function citationEnd(text: string, j: number): number {
  if (text[j] !== '[') return j;
  let k = j + 1;
  while (k < text.length && k - j <= 4 && /[0-9a-z]/.test(text[k])) k++;
  return k > j + 1 && text[k] === ']' ? k + 1 : j;
}

function wordBefore(text: string, dot: number): string {
  let j = dot - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j])) j--;
  return text.slice(j + 1, dot).toLowerCase();
}

/** Whether the full stop at `dot` closes a list number ("3." with one or two digits) that opens its line. */
function isListNumber(text: string, dot: number): boolean {
  let j = dot - 1;
  while (j >= 0 && j >= dot - 2 && /[0-9]/.test(text[j])) j--;
  if (j === dot - 1 || (j >= 0 && /[0-9]/.test(text[j]))) return false;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
}

/**
 * Where to cut a chunk that may not reach past `limit`: after the last clause break (, ; :) in
 * its second half, else at the last space there, else at the limit.
 */
function chunkEnd(text: string, start: number, limit: number): number {
  const floor = start + ((limit - start) >> 1);
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const c = text[i - 1];
    if (c === ',' || c === ';' || c === ':') return i;
    if (space < 0 && (c === ' ' || c === '\t')) space = i;
  }
  return space > 0 ? space : limit;
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let start = 0;
  let inParagraph = 0;
  const emit = (s: number, e: number) => {
    if (inParagraph === MAX_PARAGRAPH_SENTENCES) { paragraph++; inParagraph = 0; }
    out.push({ start: s, end: e, paragraph });
    inParagraph++;
  };
  const push = (end: number) => {
    // Trim whitespace at both ends.
    let s = start, e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // Cut an absurdly long sentence into bounded chunks (see MAX_SENTENCE_CHARS).
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = chunkEnd(text, s, s + MAX_SENTENCE_CHARS);
      let t = cut;
      while (t > s && /\s/.test(text[t - 1])) t--;
      emit(s, t);
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) emit(s, e);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      // A non-empty line closes a paragraph; blank lines do not open extra ones.
      if (out.length && out[out.length - 1].paragraph === paragraph) { paragraph++; inParagraph = 0; }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]) || text[j] === '.' || citationEnd(text, j) > j)) j = citationEnd(text, j) > j ? citationEnd(text, j) : j + 1;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= text.length || text[k] === '\n') { push(j); start = j; i = j - 1; continue; }
    if (!isUpperStart(text, k)) continue;
    if (c === '.') {
      // "2. Food security, including …": the number of a numbered point at the start of its line is no sentence of
      // its own; the point's text follows it in the same sentence, as it does when the point starts in lower case.
      if (isListNumber(text, i)) continue;
      const w = wordBefore(text, i);
      // "… in the U.S. The Kremlin …", "at 10 a.m. The meeting …": a dotted acronym ends a sentence before a clear start.
      const clearStart = /^(?:The|He|She|It|They|We|But|In|On|A|An|This|That|These|Those|His|Her|Its|Their|Officials|Russia|Ukraine)\b/.test(text.slice(k, k + 10));
      if (/^([a-z]\.)+[a-z]$/.test(w) && clearStart) { push(j); start = j; i = j - 1; continue; }
      if (ABBREVIATIONS.has(w)) continue;
      // Single capital initials ("J. Biden") and dotted acronyms ("U.S.") end sentences only before a clear start.
      // (Not the numeral of "World War I." before a new sentence: "… such as in World War I. Orban also …".)
      if (/^[a-z]$/.test(w) && text[i - 1] === text[i - 1].toUpperCase() && !(w === 'i' && /\bWar $/.test(text.slice(Math.max(0, i - 5), i - 1)))) continue;
      if (/^([a-z]\.)+[a-z]$/.test(w) && /^(The|He|She|It|They|But|In|On|A|This)\b/.test(text.slice(k, k + 5)) === false) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
