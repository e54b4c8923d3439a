// Small helpers to build Problems and to turn a raw published value into a date or a warning.
import type { Problem } from './types.js';
import { parseDate, quoteValue } from './dates.js';

export function problem(source: string, code: string, message: string, fatal: boolean): Problem {
  // One line, always naming the input.
  const line = message.replace(/[\r\n]+/g, ' ');
  return { source, code, message: line.startsWith(source) ? line : `${source}: ${line}`, fatal };
}

/** true for values that mean "not known": missing, empty, "unknown", "n/a", "null", "none", "-". */
export function isUnknown(value: string | null | undefined): boolean {
  if (value == null) return true;
  const v = value.trim().toLowerCase();
  return v === '' || v === 'unknown' || v === 'n/a' || v === 'na' || v === 'null' || v === 'none' || v === '-' || v === '?';
}

/** A header/meta value or null when unknown. */
export function metaValue(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.trim();
  return isUnknown(v) ? null : v;
}

/**
 * Resolve a raw published value. Returns the YYYY-MM-DD date (or null) and at most one warning:
 * 'unknown-date' when the value is missing/unknown, 'bad-date' when it is impossible or unparseable.
 * `missingWarns` controls whether an absent value (undefined) produces a warning.
 */
export function resolvePublished(source: string, raw: string | null | undefined): { published: string | null; warning: Problem | null } {
  if (isUnknown(raw)) {
    return { published: null, warning: problem(source, 'unknown-date', 'published date is unknown; relative dates will not be resolved', false) };
  }
  const r = parseDate(raw as string);
  if (r.ok) return { published: r.date, warning: null };
  const q = quoteValue((raw as string).trim());
  const msg = r.reason === 'impossible'
    ? `published date ${q} is not a real date; relative dates will not be resolved`
    : `published date ${q} could not be parsed; relative dates will not be resolved`;
  return { published: null, warning: problem(source, 'bad-date', msg, false) };
}
