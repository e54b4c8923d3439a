// The last pass of extract(): the shape users see, in one place (issue 9, item 8).
// - Ids count 1…n in output order: merging drops claims, and ids that skip ("#1, #2, #4") read as a
//   lost claim. Conditions are renumbered with them.
// - A quote ends at its last word: trailing punctuation ("… at sea.") is the sentence's, not the claim's.
// - `date.value` is always a day range {from, to} (or null): one shape for library users and
//   `--format json`; the eval export writes the spec's shortest form back (eval/record.ts).
import type { Article } from '../article/types.js';
import { toRawSpan } from '../article/clean.js';
import { toDayRange } from '../util/dates.js';
import type { Claim } from './types.js';

const TRAILING = /[\s.,;:!?…]+$/u;

/** Span of `[start, end)` in `text` without trailing punctuation or spaces (never empty). */
function trimmedEnd(text: string, start: number, end: number): number {
  const cut = TRAILING.exec(text.slice(start, end));
  return cut && cut.index > 0 ? start + cut.index : end;
}

export function finishClaims(article: Article, claims: Claim[]): Claim[] {
  const ids = new Map(claims.map((c, i) => [c.id, `${article.id}#${i + 1}`]));
  const text = article.body;
  for (const c of claims) {
    c.id = ids.get(c.id)!;
    // A loop, not map() then filter(): map()'s arrays differ in kind between V8's tiers, which threw away this
    // function's optimised code (speed, issue 7).
    const conditions: string[] = [];
    for (const id of c.conditions) { const renamed = ids.get(id); if (renamed) conditions.push(renamed); }
    c.conditions = conditions;
    const end = trimmedEnd(text, c.span[0], c.span[1]);
    if (end !== c.span[1]) {
      c.span = [c.span[0], end];
      c.quote = text.slice(c.span[0], end);
      c.rawSpan = toRawSpan(article.offsets, c.span);
    }
    for (const e of c.evidence) {
      const eEnd = trimmedEnd(text, e.span[0], e.span[1]);
      if (eEnd !== e.span[1]) { e.span = [e.span[0], eEnd]; e.quote = text.slice(e.span[0], eEnd); }
    }
    c.date = { ...c.date, value: toDayRange(c.date.value) };
  }
  return claims;
}
