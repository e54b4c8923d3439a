// Input validation for the web app and API: every query parameter and path id is checked against a
// declared spec; anything unexpected is a 4xx ApiError with a clear message, never a 500.
import { CLAIM_TYPES } from '../extract/types.js';
import { ApiError, badRequest } from './errors.js';

export const ISSUES = ['territory', 'ceasefire', 'recognition', 'alliance', 'security_guarantees', 'military_limits',
  'sanctions', 'governance', 'rights', 'humanitarian', 'talks', 'other'] as const;
export const TYPES: readonly string[] = CLAIM_TYPES;

/** Longest request target accepted (path + query), in bytes. */
export const MAX_URL_BYTES = 2048;
export const MAX_TEXT = 200;
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_OFFSET = 1_000_000;

export type ParamKind = 'actor' | 'issue' | 'type' | 'region' | 'date' | 'limit' | 'offset' | 'text' | 'outlet' | 'kind' | 'actorOrAll';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  description: string;
  /** For kind 'kind': the allowed values. */
  values?: readonly string[];
}

/** What the validators need to know about the data (known codes). */
export interface Vocabulary {
  isActor(code: string): boolean;
  isRegion(code: string): boolean;
  /** A region code from a name ("Donetsk"); null when no region has that name. */
  regionByName?(name: string): string | null;
}

export interface Query {
  actor?: string;
  issue?: string;
  type?: string;
  region?: string;
  date?: string;
  from?: string;
  to?: string;
  q?: string;
  outlet?: string;
  kind?: string;
  limit: number;
  offset: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A date parameter: YYYY-MM-DD (a real day), YYYY-MM or YYYY between 1900 and 2100, as the first or
 * last day it covers.
 */
export function parseDateParam(name: string, value: string, end: boolean): string {
  const bad = () => badRequest('bad_date', `${name}: '${clip(value)}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw bad();
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) throw badRequest('bad_date', `${name}: year ${y} is out of range (1900–2100)`);
  if (m[2] === undefined) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw bad();
  if (m[3] === undefined) return end ? `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` : `${m[1]}-${m[2]}-01`;
  const d = Number(m[3]);
  if (d < 1 || d > lastDay(y, mo)) throw badRequest('bad_date', `${name}: '${clip(value)}' is not a real day`);
  return value;
}

/** Shortens a hostile value for an error message (the message itself is escaped wherever it is shown). */
export function clip(s: string, n = 40): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > n ? clean.slice(0, n) + '…' : clean;
}

function intParam(name: string, value: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(value)) throw badRequest('bad_parameter', `${name} must be a whole number between ${min} and ${max}, got '${clip(value)}'`);
  const n = Number(value);
  if (n < min || n > max) throw badRequest('bad_parameter', `${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function checkActor(value: string, vocab: Vocabulary, name = 'actor'): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(code)) throw badRequest('bad_actor', `${name}: '${clip(value)}' is not an actor code (ISO 3166-1 alpha-3 such as RUS, UKR, USA, or EU, NATO, UN, EUR, COW)`);
  if (!vocab.isActor(code)) throw badRequest('unknown_actor', `${name}: unknown actor code '${code}'`);
  return code;
}

export function checkIssue(value: string, name = 'issue'): string {
  const v = value.trim().toLowerCase();
  if (!(ISSUES as readonly string[]).includes(v)) throw badRequest('unknown_issue', `${name}: unknown issue '${clip(value)}' (one of ${ISSUES.join(', ')})`);
  return v;
}

export function checkType(value: string): string {
  const v = value.trim().toUpperCase();
  if (!TYPES.includes(v)) throw badRequest('unknown_type', `type: unknown claim type '${clip(value)}' (one of ${TYPES.join(', ')})`);
  return v;
}

export function checkRegion(value: string, vocab: Vocabulary): string {
  let v = value.trim().toUpperCase();
  // A name ("Donetsk", "Zaporizhia") stands for its code.
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)) v = vocab.regionByName?.(value.trim()) ?? v;
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)) throw badRequest('bad_region', `region: '${clip(value)}' is neither a region name nor an ISO 3166-2 code such as UA-14`);
  if (!vocab.isRegion(v)) throw badRequest('unknown_region', `region: unknown region code '${v}'`);
  return v;
}

function freeText(name: string, value: string): string {
  if (value.length > MAX_TEXT) throw badRequest('too_long', `${name} is too long (${value.length} characters; at most ${MAX_TEXT})`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) throw badRequest('bad_parameter', `${name} contains control characters`);
  return value.trim();
}

/**
 * Parses and validates the query string of a request against the parameters a route declares.
 * Unknown or repeated parameters, malformed encodings and control characters are 400s.
 */
export function parseQuery(search: string, specs: ParamSpec[], vocab: Vocabulary): Query {
  const out: Query = { limit: DEFAULT_LIMIT, offset: 0 };
  if (!search) return out;
  const allowed = new Map(specs.map((s) => [s.name, s]));
  const seen = new Set<string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw badRequest('bad_encoding', 'the query string is not valid percent-encoded UTF-8');
    }
    const spec = allowed.get(name);
    if (!spec) {
      const list = specs.map((s) => s.name).join(', ') || 'none';
      throw badRequest('unknown_parameter', `unknown query parameter '${clip(name)}' (allowed: ${list})`);
    }
    if (seen.has(name)) throw badRequest('repeated_parameter', `query parameter '${name}' is given more than once`);
    seen.add(name);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(value)) throw badRequest('bad_parameter', `${name} contains control or invalid characters`);
    if (value.trim() === '') continue; // an empty form field means "no filter"
    switch (spec.kind) {
      case 'actor': out.actor = checkActor(value, vocab); break;
      case 'actorOrAll': if (value.toLowerCase() !== 'all') out.actor = checkActor(value, vocab); break;
      case 'issue': out.issue = checkIssue(value); break;
      case 'type': out.type = checkType(value); break;
      case 'region': out.region = checkRegion(value, vocab); break;
      case 'date': (out as unknown as Record<string, string>)[name] = parseDateParam(name, value.trim(), name === 'to' || name === 'date'); break;
      case 'limit': out.limit = intParam(name, value, 1, MAX_LIMIT); break;
      case 'offset': out.offset = intParam(name, value, 0, MAX_OFFSET); break;
      case 'text': out.q = freeText(name, value); break;
      case 'outlet': out.outlet = freeText(name, value); break;
      case 'kind': {
        const v = value.trim().toLowerCase();
        if (!spec.values?.includes(v)) throw badRequest('bad_parameter', `${name} must be one of ${spec.values?.join(', ')}, got '${clip(value)}'`);
        out.kind = v;
        break;
      }
    }
  }
  if (out.from && out.to && out.from > out.to) throw badRequest('bad_date', `from (${out.from}) is after to (${out.to})`);
  return out;
}

/** A database article id in a path. */
export function checkArticleId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2 ** 31) throw badRequest('bad_id', `'${clip(value)}' is not an article id (a positive whole number)`);
  return Number(value);
}

/** An event id in a path: "E" + 10 hex digits. */
export function checkEventId(value: string): string {
  if (!/^E[0-9a-f]{10}$/.test(value)) throw badRequest('bad_id', `'${clip(value)}' is not an event id (E followed by 10 hex digits)`);
  return value;
}

export const P = {
  actor: { name: 'actor', kind: 'actor', description: 'Actor code (RUS, UKR, USA, EU, …)' },
  issue: { name: 'issue', kind: 'issue', description: `Issue: ${ISSUES.join(', ')}` },
  type: { name: 'type', kind: 'type', description: `Claim type: ${CLAIM_TYPES.join(', ')}` },
  region: { name: 'region', kind: 'region', description: 'Region: ISO 3166-2 code (UA-14, …) or name (Donetsk, …)' },
  outlet: { name: 'outlet', kind: 'outlet', description: 'Outlet name (substring, case-insensitive)' },
  from: { name: 'from', kind: 'date', description: 'Earliest date (YYYY-MM-DD, YYYY-MM or YYYY)' },
  to: { name: 'to', kind: 'date', description: 'Latest date (YYYY-MM-DD, YYYY-MM or YYYY)' },
  date: { name: 'date', kind: 'date', description: 'As-of date (YYYY-MM-DD, YYYY-MM or YYYY); default: the latest data' },
  q: { name: 'q', kind: 'text', description: `Search text (at most ${MAX_TEXT} characters)` },
  limit: { name: 'limit', kind: 'limit', description: `Page size (1–${MAX_LIMIT}, default ${DEFAULT_LIMIT})` },
  offset: { name: 'offset', kind: 'offset', description: 'Items to skip (default 0)' },
} satisfies Record<string, ParamSpec>;

export const PAGE: ParamSpec[] = [P.limit, P.offset];

export { ApiError };
