// One validation of query filters (actor, issue, claim type, region, dates) for the CLI and the API,
// so `parley positions --actor rus` and `/api/positions?actor=rus` accept and refuse the same values
// with the same words. Codes are case-insensitive; parties and regions may be given by name
// ("Russia", "Donetsk"); an unknown value is an error that names the nearest valid values.
import { distance } from 'fastest-levenshtein';
import { CLAIM_TYPES } from '../extract/types.js';

export const ISSUES = ['territory', 'ceasefire', 'recognition', 'alliance', 'security_guarantees', 'military_limits',
  'sanctions', 'governance', 'rights', 'humanitarian', 'talks', 'other'] as const;
export const TYPES: readonly string[] = CLAIM_TYPES;

/** A filter value that is malformed or unknown. `code` is the API's error code; the CLI exits 2. */
export class FilterError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** What the validators know: parties and regions with their names (from the lexicon and the data). */
export interface FilterVocabulary {
  isActor(code: string): boolean;
  isRegion(code: string): boolean;
  /** Known codes with the names that may stand for them ("RUS": ["Russia", "the Russian Federation"]). */
  actorNames?(): Iterable<[string, string[]]>;
  regionNames?(): Iterable<[string, string[]]>;
  /** A region code from a name ("Donetsk"); null when no region has that name. */
  regionByName?(name: string): string | null;
}

/** Shortens a hostile value for a message (control characters shown as '?'). */
export function clip(s: string, n = 40): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > n ? clean.slice(0, n) + '…' : clean;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[\s_-]+/g, ' ').trim();

/**
 * Up to `n` candidates nearest to `value`, as labels to show: a candidate counts when one of its words
 * is within a few edits of the value (about one edit per three letters) or starts with it.
 * Candidates are [label, words that stand for it].
 */
export function nearest(value: string, candidates: Iterable<[string, string[]]>, n = 3): string[] {
  const v = fold(value);
  const scored: Array<[string, number]> = [];
  for (const [label, words] of candidates) {
    let best = Infinity;
    for (const w of words) {
      const f = fold(w);
      if (!f) continue;
      if (v.length >= 3 && f.startsWith(v)) { best = Math.min(best, 0.5); continue; }
      const d = distance(v, f);
      if (d <= Math.max(1, Math.floor(Math.min(v.length, f.length) / 3))) best = Math.min(best, d);
    }
    if (best < Infinity) scored.push([label, best]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, n).map(([l]) => l);
}

const suggest = (list: string[]) => (list.length ? `; did you mean ${list.join(', ')}?` : '');

/** Looks a name up among [code, names] pairs, case- and accent-insensitively. */
function byName(value: string, entries: Iterable<[string, string[]]> | undefined): string | null {
  if (!entries) return null;
  const v = fold(value);
  for (const [code, names] of entries) if (names.some((n) => fold(n) === v)) return code;
  return null;
}

export function checkActor(value: string, vocab: FilterVocabulary, name = 'actor'): string {
  const code = value.trim().toUpperCase();
  if (/^[A-Z]{2,4}$/.test(code) && vocab.isActor(code)) return code;
  const named = byName(value, vocab.actorNames?.());
  if (named) return named;
  const list = vocab.actorNames ? nearest(value, [...vocab.actorNames()].map(([c, names]) => [c, [c, ...names]])) : [];
  if (!/^[\p{L} .'’-]{1,60}$/u.test(value.trim())) {
    throw new FilterError('bad_actor', `${name}: '${clip(value)}' is not an actor code (ISO 3166-1 alpha-3 such as RUS, UKR, USA, or EU, NATO, UN, EUR, COW)`);
  }
  throw new FilterError('unknown_actor', `${name}: unknown actor '${clip(value)}'${suggest(list)}`);
}

export function checkIssue(value: string, name = 'issue'): string {
  const v = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((ISSUES as readonly string[]).includes(v)) return v;
  const list = nearest(value, ISSUES.map((i) => [i, [i]]));
  throw new FilterError('unknown_issue', `${name}: unknown issue '${clip(value)}'${suggest(list)} (one of ${ISSUES.join(', ')})`);
}

export function checkType(value: string, name = 'type'): string {
  const v = value.trim().toUpperCase();
  if (TYPES.includes(v)) return v;
  const list = nearest(value, TYPES.map((t) => [t, [t]]));
  throw new FilterError('unknown_type', `${name}: unknown claim type '${clip(value)}'${suggest(list)} (one of ${TYPES.join(', ')})`);
}

export function checkRegion(value: string, vocab: FilterVocabulary, name = 'region'): string {
  const v = value.trim().toUpperCase();
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)) {
    if (vocab.isRegion(v)) return v;
    const list = vocab.regionNames ? nearest(v, [...vocab.regionNames()].map(([c]) => [c, [c]])) : [];
    throw new FilterError('unknown_region', `${name}: unknown region code '${v}'${suggest(list)}`);
  }
  const named = byName(value.replace(/\s+(region|oblast|province)$/i, ''), vocab.regionNames?.()) ?? vocab.regionByName?.(value.trim()) ?? null;
  if (named) return named;
  const list = vocab.regionNames ? nearest(value, [...vocab.regionNames()].map(([c, names]) => [`${c} (${names[0] ?? c})`, names])) : [];
  throw new FilterError('bad_region', `${name}: '${clip(value)}' is neither a region name nor an ISO 3166-2 code such as UA-14${suggest(list)}`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A date filter: YYYY-MM-DD (a real day), YYYY-MM or YYYY between 1900 and 2100, as the first day it
 * covers (or the last, with `end`).
 */
export function checkDate(value: string, end: boolean, name = 'date'): string {
  const v = value.trim();
  const bad = () => new FilterError('bad_date', `${name}: '${clip(value)}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) throw bad();
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) throw new FilterError('bad_date', `${name}: year ${y} is out of range (1900–2100)`);
  if (m[2] === undefined) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new FilterError('bad_date', `${name}: '${clip(value)}' has no month ${m[2]} (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  if (m[3] === undefined) return end ? `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` : `${m[1]}-${m[2]}-01`;
  const d = Number(m[3]);
  if (d < 1 || d > lastDay(y, mo)) throw new FilterError('bad_date', `${name}: '${clip(value)}' is not a real day`);
  return v;
}

/** `from` after `to` is an error. */
export function checkRange(from: string | undefined, to: string | undefined, names = ['from', 'to']): void {
  if (from && to && from > to) throw new FilterError('bad_date', `${names[0]} (${from}) is after ${names[1]} (${to})`);
}
