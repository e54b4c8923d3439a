// Issue frames: a noun of one class near a word of another names an issue that no fixed phrase lists
// ("Ukraine's military would be limited to 600,000", "a cap on the size of Russia's army", "cut the armed
// forces by half"). The phrase terms of issues.json list the common wordings; a frame covers the rest of the
// family (issue 7: build families, not phrases). A frame never overrides a term that covers its words, except
// a frame marked 'outranks', which replaces the terms of lower-ranked issues inside it.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';

/** The shortest frame noun, per lexicon: shorter tokens are not looked up. */
const shortestNoun = new WeakMap<object, number>();

/** Adds to `found` (the issue terms of tokens [from, to), in order) the frames no term covers; keeps the order. */
export function addIssueFrames(tokens: Token[], from: number, to: number, index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  const frames = index.issueFrames;
  if (!frames.size) return;
  let shortest = shortestNoun.get(frames);
  if (shortest === undefined) { shortest = Math.min(...[...frames.keys()].map((k) => k.length)); shortestNoun.set(frames, shortest); }
  let added = false;
  for (let i = from; i < to; i++) {
    // (Most tokens are short or punctuation: skipped before the map lookup, this runs on every token.)
    const t = tokens[i];
    if (!t.word || t.lower.length < shortest) continue;
    const fs = frames.get(t.lower);
    if (!fs) continue;
    for (const f of fs) {
      // ("the security of Ukraine", "Armenia's security", not "if security conditions are ensured".)
      if (f.owner && !owned(tokens, i, f.owner)) continue;
      // ("refused a truce without guarantees": what the thing lacks is no guaranteeing of it; content/lack-refused
      // reads the lack as an item of its own.)
      if (f.notAfter && i > 0 && f.notAfter.has(tokens[i - 1].lower)) continue;
      // ("will never give up its claim to sovereignty over Kosovo": a word right after the noun that names another
      // issue, 'notBefore'.)
      if (f.notBefore && (f.notBefore.has(tokens[i + 1]?.lower ?? '') || f.notBefore.has(tokens[i + 2]?.lower ?? ''))) continue;
      let j = -1;
      // (A possessive's mark is no word of the distance: "the size of Armenia's army" is four words apart, as "the
      // size of its army" is.)
      // ('nounFirst': the word must come after the noun, "the war has to end", not "end Russia's war".)
      for (let k = f.nounFirst ? i + 1 : Math.max(from, i - f.window - 3); k <= Math.min(to - 1, f.wordFirst ? i - 1 : i + f.window + 3) && j < 0; k++) {
        if (k !== i && f.words.has(tokens[k].lower) && !crossesClause(tokens, Math.min(i, k), Math.max(i, k)) && wordDistance(tokens, Math.min(i, k), Math.max(i, k)) <= f.window + 1) j = k;
      }
      if (j < 0) continue;
      const start = Math.min(i, j), end = Math.max(i, j) + 1;
      const inside = (m: PhraseMatch<IssueTerm>) => m.start < end && m.end > start;
      if (found.some(inside)) {
        // An 'outranks' frame replaces terms of lower-ranked issues it covers: in 'a pledge not to attack it
        // again' the attack names no ceasefire, the promise is a guarantee; in 'help guarantee any ceasefire
        // line' the line is what is guaranteed (issue-frames/outranks).
        if (!f.outranks || found.some((m) => inside(m) && m.values.some((v) => v.rank >= f.rank))) continue;
        for (let k = found.length - 1; k >= 0; k--) if (inside(found[k])) found.splice(k, 1);
      }
      found.push({ start, end, values: [f.weak ? { issue: f.issue, rank: f.rank, weak: true } : { issue: f.issue, rank: f.rank }] });
      added = true;
      break;
    }
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

/** Tokens from a to b, not counting the marks of a possessive ("'" and "s" of "Armenia's") nor quotation marks. */
function wordDistance(tokens: Token[], a: number, b: number): number {
  let d = b - a;
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].text === "'" && tokens[k + 1]?.lower === 's' && tokens[k + 1].start === tokens[k].end) d -= 2;
    else if (tokens[k].text === '"') d--;
  }
  return d;
}

/** Words a scare quote may hold: a short quoted phrase is a word of its clause, not a clause of its own. */
const SCARE_QUOTE_WORDS = 4;

/**
 * The quotation mark at `k` closes or opens a scare quote of at most SCARE_QUOTE_WORDS words that holds token `a` or
 * `b` ("keep \"every channel\" to Moscow open"): quoted words of the clause, no break (issue-frames/scare-quote).
 */
function scareQuote(tokens: Token[], k: number, a: number, b: number): boolean {
  for (const dir of [-1, 1]) {
    for (let n = 1, p = k + dir; n <= SCARE_QUOTE_WORDS + 1 && p >= 0 && p < tokens.length; n++, p += dir) {
      if (tokens[p].text === '"') {
        const lo = Math.min(k, p), hi = Math.max(k, p);
        if (n > 1 && ((a > lo && a < hi) || (b > lo && b < hi))) return true;
        break;
      }
      if (!tokens[p].word) break;
    }
  }
  return false;
}

/** A frame stays inside a clause: no comma, semicolon or quote mark between its two words. */
function crossesClause(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const x = tokens[k].text;
    // (The comma of a number, "a peacetime level of 800,000 troops", is no clause break.)
    if (x === ',' && /^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? '') && tokens[k - 1].end === tokens[k].start && tokens[k + 1].start === tokens[k].end) continue;
    if (x === '"' && scareQuote(tokens, k, a, b)) continue;
    if (x === ',' || x === ';' || x === '"' || x === ':') return true;
  }
  return false;
}

/** The frame noun at `i` names whose it is: a word of `after` right after it, or of `before` (or "'s") right before it. */
function owned(tokens: Token[], i: number, owner: { after: Set<string>; before: Set<string> }): boolean {
  if (owner.after.has(tokens[i + 1]?.lower ?? '')) return true;
  const b = tokens[i - 1];
  if (!b) return false;
  return owner.before.has(b.lower) || (b.lower === 's' && tokens[i - 2]?.text === "'" && owner.before.has("'s"));
}
