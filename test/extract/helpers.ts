// Helpers for extractor tests: build an article from a body written in the test, and reduce claims
// to the fields a table of expectations compares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticleString } from '../../src/article/index.js';
import type { Article } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';
import type { Claim, DateValue } from '../../src/extract/types.js';
import { compactDate } from '../../src/util/dates.js';

export interface ArticleHeader { outlet?: string; published?: string | null; title?: string; id?: string; url?: string }

/** An article with a header block (outlet, published, title) and `body`. */
export function makeArticle(body: string, h: ArticleHeader = {}): Article {
  const published = h.published === undefined ? '2025-08-16' : h.published;
  const text = [
    `url: ${h.url ?? 'https://example.com/news/test'}`,
    `outlet: ${h.outlet ?? 'Example Wire'}`,
    `published: ${published ?? 'unknown'}`,
    `title: ${h.title ?? 'Test article'}`,
    '---',
    body,
  ].join('\n');
  const id = h.id ?? 'test';
  const [r] = readArticleString(text, { source: `${id}.txt`, id });
  if (!r.article) throw new Error(`article not read: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.article;
}

export function claimsOf(body: string, h: ArticleHeader = {}, lexiconDirs?: string[]): Claim[] {
  return extract(makeArticle(body, h), lexiconDirs ? { lexiconDirs } : {});
}

export interface Brief {
  actor: string;
  type: string;
  issue: string;
  regions: string[];
  date?: DateValue;
  outlet?: string | null;
  count?: number;
  target?: string;
  conditions?: string[];
}

/** The compared fields of a claim, regions sorted. */
export function brief(c: Claim): Brief {
  const b: Brief = { actor: c.actor, type: c.type, issue: c.issue, regions: [...c.regions].sort() };
  // Expectations are written in the spec's short forms ('2025-08-15', '2025-04'); claims carry day ranges.
  b.date = compactDate(c.date.value);
  b.outlet = c.source.outlet;
  if (c.source.count != null) b.count = c.source.count;
  if (c.target) b.target = c.target;
  if (c.conditions.length) b.conditions = [...c.conditions];
  return b;
}

/** "RUS DEMAND territory [UA-09,UA-14]" */
export function label(c: Pick<Brief, 'actor' | 'type' | 'issue' | 'regions'>): string {
  return `${c.actor} ${c.type} ${c.issue} [${[...c.regions].sort().join(',')}]`;
}

/**
 * One test per case: the claims of `body` (those `keep` selects, all by default) are exactly `want`,
 * compared as labels; a failure lists each claim with its quote and rule.
 */
export function claimCases(name: string, cases: Array<{ body: string; want: string[] }>, keep: (c: Claim) => boolean = () => true): void {
  for (const c of cases) {
    test(`${name}: ${c.body}`, () => {
      const claims = claimsOf(c.body).filter(keep);
      assert.deepEqual(claims.map((x) => label(x)).sort(), [...c.want].sort(), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
    });
  }
}

/** Each body's claims include its wanted label; other claims may come with it (claimCases checks exact sets). */
export function assertIncludes(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [body, want] of cases) {
    const got = claimsOf(body).map(label);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
  }
}

/** No claim of any body has a label containing `part` (" REJECT ", " governance ", or a pattern: / (OFFER|REJECT) /). */
export function assertNone(bodies: readonly string[], part: string | RegExp): void {
  const hit = (l: string) => typeof part === 'string' ? l.includes(part) : part.test(l);
  for (const body of bodies) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some(hit), `${body}\n${got.join('\n')}`);
  }
}

/** Each wanted label's claim in `body` (published 2025-03-12 by Example Wire) is credited to the wanted outlet. */
export function assertOutlets(body: string, wants: Array<[string, string]>, h: ArticleHeader = { published: '2025-03-12', outlet: 'Example Wire' }): void {
  const cs = claimsOf(body, h);
  const show = cs.map((c) => `${label(c)} ${c.source.outlet} ×${c.source.count ?? '-'} «${c.quote}» ${c.rule}`).join('\n');
  for (const [l, outlet] of wants) {
    const c = cs.find((x) => label(x) === l);
    assert.ok(c, `${l}\n${show}`);
    assert.equal(c!.source.outlet, outlet, `${l}\n${show}`);
  }
}

/** Each claim of `cs` on a line with its date, quote and rule: the message of a failed date assertion. */
export function showDates(cs: Claim[]): string {
  return cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
}

/** The date of the first claim of `actor` (of `type`, when given) among `cs` (fails, listing them, when there is none). */
export function dateOfClaim(cs: Claim[], actor: string, type?: string): Brief['date'] {
  const c = cs.find((x) => x.actor === actor && (!type || x.type === type));
  assert.ok(c, `${actor} ${type ?? ''}\n${showDates(cs)}`);
  return brief(c).date;
}

/** The date of the claim of `actor` on `issue` in `body` read on header `h` (fails when there is none). */
export function claimDate(body: string, actor: string, issue: string, h: ArticleHeader): { date: Brief['date']; shown: string } {
  const cs = claimsOf(body, h);
  const c = cs.find((x) => x.actor === actor && x.issue === issue);
  assert.ok(c, showDates(cs));
  return { date: brief(c!).date, shown: showDates(cs) };
}
