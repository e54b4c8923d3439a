// Sentence-level test cases: a short text with the claims it must give (and, by omission, must not).
// Two kinds are scored here: construction families (test/fixtures/constructions/, paraphrases of the
// constructions that go wrong on unseen news) and PLOVER-style single sentences from other conflicts
// (test/fixtures/plover/), where the question is whether a stance is found at all and how often a
// sentence without one raises a false alarm.
import { readArticleString } from '../article/index.js';
import { extract } from '../extract/index.js';
import type { Claim, DateValue } from '../extract/types.js';
import { rangesOverlap } from '../annotate/dates.js';
import { normOutlet } from './score.js';

export interface CaseClaim {
  actor: string;
  type: string | string[];
  issue: string;
  regions?: string[];
  date?: DateValue;
  source?: { outlet?: string; count?: number };
  target?: string;
  optional?: boolean;
}

export interface Case {
  id: string;
  family?: string;
  conflict?: string;
  plover?: string;
  published?: string | null;
  outlet?: string;
  text: string;
  expect: CaseClaim[];
  note?: string;
}

export interface CaseResult {
  id: string;
  family: string;
  pass: boolean;
  /** Non-optional expectations matched / missed, and claims no expectation accounts for. */
  matched: CaseClaim[];
  missed: CaseClaim[];
  extra: Claim[];
  claims: Claim[];
}

const types = (c: CaseClaim) => (Array.isArray(c.type) ? c.type : [c.type]);
const normRegion = (r: string) => (r === 'UA-40' ? 'UA-43' : r);
const sameRegions = (a: string[], b: string[]) => {
  const x = [...new Set(a.map(normRegion))].sort().join(), y = [...new Set(b.map(normRegion))].sort().join();
  return x === y;
};

/** Does claim `c` satisfy expectation `e`? Regions, date and source are compared only when given. */
export function fits(e: CaseClaim, c: Claim): boolean {
  if (c.actor !== e.actor || !types(e).includes(c.type) || c.issue !== e.issue) return false;
  if (e.regions && !sameRegions(e.regions, c.regions)) return false;
  if (e.date !== undefined) {
    if (e.date === null ? c.date.value !== null : !rangesOverlap(e.date, c.date.value)) return false;
  }
  if (e.source?.outlet && normOutlet(e.source.outlet) !== normOutlet(c.source.outlet ?? '')) return false;
  if (e.source?.count !== undefined && c.source.count !== e.source.count) return false;
  return true;
}

export function articleFor(k: Case): ReturnType<typeof readArticleString>[number]['article'] {
  const published = k.published === undefined ? '2025-06-15' : k.published;
  const text = [`url: https://example.com/${k.id}`, `outlet: ${k.outlet ?? 'Test Wire'}`, `published: ${published ?? 'unknown'}`, `title: ${k.id}`, '---', k.text].join('\n');
  return readArticleString(text, { source: `${k.id}.txt`, id: k.id })[0].article;
}

/** Extracts claims from a case's text and matches them to its expectations (greedy, one to one). */
export function runCase(k: Case, options: { lexiconDirs?: string[] } = {}): CaseResult {
  const article = articleFor(k);
  const claims = article ? extract(article, options) : [];
  const used = new Set<Claim>();
  const matched: CaseClaim[] = [];
  const missed: CaseClaim[] = [];
  // Required expectations first, so an optional one never takes the claim a required one needs.
  const order = [...k.expect].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const e of order) {
    const c = claims.find((x) => !used.has(x) && fits(e, x));
    if (c) { used.add(c); if (!e.optional) matched.push(e); }
    else if (!e.optional) missed.push(e);
  }
  const extra = claims.filter((c) => !used.has(c));
  return { id: k.id, family: k.family ?? k.conflict ?? '', pass: !missed.length && !extra.length, matched, missed, extra, claims };
}

export interface FamilyScore { family: string; cases: number; passed: number; tp: number; fn: number; fp: number }

export function scoreFamilies(results: CaseResult[]): { families: FamilyScore[]; total: FamilyScore } {
  const by = new Map<string, FamilyScore>();
  const total: FamilyScore = { family: 'all', cases: 0, passed: 0, tp: 0, fn: 0, fp: 0 };
  for (const r of results) {
    let f = by.get(r.family);
    if (!f) { f = { family: r.family, cases: 0, passed: 0, tp: 0, fn: 0, fp: 0 }; by.set(r.family, f); }
    for (const x of [f, total]) { x.cases++; x.passed += Number(r.pass); x.tp += r.matched.length; x.fn += r.missed.length; x.fp += r.extra.length; }
  }
  return { families: [...by.values()].sort((a, b) => a.family.localeCompare(b.family)), total };
}

export interface StanceScore {
  /** Sentences that carry a stance, and those where a claim of an expected actor and type was found. */
  stanceSentences: number;
  stancesFound: number;
  /** Expected (non-optional) claims, and those matched with actor, type and issue. */
  claims: number;
  claimsMatched: number;
  /** Sentences with no stance, and those where the extractor still made a claim. */
  quietSentences: number;
  falseAlarms: number;
  /** Stance sentences found, by PLOVER event. */
  byEvent: Record<string, { sentences: number; found: number }>;
}

/** PLOVER-style scoring: is a stance found at all (actor and type, any issue), and how often a quiet sentence raises one. */
export function scoreStances(cases: Case[], results: CaseResult[]): StanceScore {
  const out: StanceScore = { stanceSentences: 0, stancesFound: 0, claims: 0, claimsMatched: 0, quietSentences: 0, falseAlarms: 0, byEvent: {} };
  cases.forEach((k, i) => {
    const r = results[i];
    const required = k.expect.filter((e) => !e.optional);
    out.claims += required.length;
    out.claimsMatched += r.matched.length;
    if (!k.expect.length) {
      out.quietSentences++;
      if (r.claims.length) out.falseAlarms++;
      return;
    }
    const ev = k.plover ?? 'STANCE';
    out.byEvent[ev] ??= { sentences: 0, found: 0 };
    out.byEvent[ev].sentences++;
    out.stanceSentences++;
    const found = r.claims.some((c) => k.expect.some((e) => e.actor === c.actor && types(e).includes(c.type)));
    if (found) { out.stancesFound++; out.byEvent[ev].found++; }
  });
  return out;
}

export function parseCases(text: string, source: string): Case[] {
  return text.split('\n').map((l, n) => [l.trim(), n + 1] as const).filter(([l]) => l).map(([l, n]) => {
    try { return JSON.parse(l) as Case; } catch (e) { throw new Error(`${source}:${n}: ${(e as Error).message}`); }
  });
}
