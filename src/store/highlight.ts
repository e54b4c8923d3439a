// The search snippet of a short text (a claim's quote) computed here rather than by FTS5's snippet():
// FTS5 has to seek the matched words' whole posting lists to the row for each snippet (about 0.08 ms a
// claim for a common word at 30,000 articles, 4 ms for a page of 50), while the quote is a few words
// already at hand. Words are found as FTS5's default tokenizer (unicode61) finds them: runs of letters,
// digits and private-use characters, compared without case or diacritics; each query word (a phrase of
// such tokens, as ftsQuery builds it) is marked where it occurs, between [ and ].

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** A token as FTS5's unicode61 tokenizer compares it: lower case, diacritics removed. */
function fold(token: string): string {
  return token.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function tokens(text: string): Array<{ start: number; end: number; key: string }> {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, key: fold(m[0]) }));
}

/**
 * `text` with every occurrence of the query's words marked [like this]; a text longer than `window` tokens
 * is cut to the `window` tokens with the most marks (… where cut), like snippet(…, '[', ']', '…', window).
 */
export function highlightText(text: string, query: string, window = 16): string {
  const words = query.split(/\s+/).map((w) => tokens(w).map((t) => t.key)).filter((p) => p.length);
  const toks = tokens(text);
  // Token ranges [from, to] that a query word covers.
  const marks: Array<[number, number]> = [];
  for (let i = 0; i < toks.length; i++) {
    for (const phrase of words) {
      if (i + phrase.length <= toks.length && phrase.every((k, j) => toks[i + j].key === k)) marks.push([i, i + phrase.length - 1]);
    }
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]); else merged.push([...m]);
  }
  // The window: the whole text when short enough, else the `window` tokens holding the most marks, starting
  // two tokens before one of them (or at the start).
  let first = 0;
  let last = toks.length - 1;
  if (toks.length > window) {
    let bestCount = -1;
    for (const candidate of [0, ...merged.map(([a]) => a - 2)]) {
      const s = Math.max(0, Math.min(candidate, toks.length - window));
      const count = merged.filter(([a, b]) => a >= s && b < s + window).length;
      if (count > bestCount) { bestCount = count; first = s; }
    }
    last = first + window - 1;
  }
  if (!toks.length) return text;
  const from = first === 0 ? 0 : toks[first].start;
  const to = last === toks.length - 1 ? text.length : toks[last].end;
  let out = first === 0 ? '' : '…';
  let at = from;
  for (const [a, b] of merged) {
    if (a < first || b > last) continue;
    out += text.slice(at, toks[a].start) + '[' + text.slice(toks[a].start, toks[b].end) + ']';
    at = toks[b].end;
  }
  return out + text.slice(at, to) + (last === toks.length - 1 ? '' : '…');
}
