// Input validation for the web app and API: every query parameter and path id is checked against a
// declared spec; anything unexpected is a 4xx ApiError with a clear message, never a 500.
import { CLAIM_TYPES } from '../extract/types.js';
import * as filters from '../filters/validate.js';
import { FilterError, ISSUES, TYPES, type FilterVocabulary } from '../filters/validate.js';
import { ApiError, badRequest } from './errors.js';

export { ISSUES, TYPES };

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
  /** For kind 'limit': the page size when none is given (else DEFAULT_LIMIT). */
  default?: number;
  /** For kind 'offset': no fixed default (the route picks one, as the timeline picks its latest page). */
  routeDefault?: boolean;
}

/** What the validators need to know about the data (known codes). */
export type Vocabulary = FilterVocabulary;

/** The shared filter checks (filters/validate.ts), their errors as 400s in the API's error shape. */
function asApi<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof FilterError) throw badRequest(error.code, error.message);
    throw error;
  }
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
  /** Whether the request gave an offset (the timeline shows its latest page when it did not). */
  offsetGiven?: boolean;
}

/** A date parameter: YYYY-MM-DD (a real day), YYYY-MM or YYYY between 1900 and 2100, as the first or last day it covers. */
export function parseDateParam(name: string, value: string, end: boolean): string {
  return asApi(() => filters.checkDate(value, end, name));
}

export const clip = filters.clip;

function intParam(name: string, value: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(value)) throw badRequest('bad_parameter', `${name} must be a whole number between ${min} and ${max}, got '${clip(value)}'`);
  const n = Number(value);
  if (n < min || n > max) throw badRequest('bad_parameter', `${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function checkActor(value: string, vocab: Vocabulary, name = 'actor'): string {
  return asApi(() => filters.checkActor(value, vocab, name));
}

export function checkIssue(value: string, name = 'issue'): string {
  return asApi(() => filters.checkIssue(value, name));
}

export function checkType(value: string): string {
  return asApi(() => filters.checkType(value));
}

export function checkRegion(value: string, vocab: Vocabulary): string {
  return asApi(() => filters.checkRegion(value, vocab));
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
  const out: Query = { limit: specs.find((x) => x.kind === 'limit')?.default ?? DEFAULT_LIMIT, offset: 0 };
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
      case 'offset': out.offset = intParam(name, value, 0, MAX_OFFSET); out.offsetGiven = true; break;
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
  asApi(() => filters.checkRange(out.from, out.to));
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
