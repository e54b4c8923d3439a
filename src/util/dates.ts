// Claim dates as intervals: 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | {from, to} → [start, end] in YYYY-MM-DD.
import type { DateValue } from '../extract/types.js';

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Bounds of one date string; null when it is not a date of the spec's shapes. */
export function stringBounds(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

/** The interval a claim date covers, or null when undated or unreadable. */
export function dateBounds(value: DateValue | undefined): [string, string] | null {
  if (value == null) return null;
  if (typeof value === 'string') return stringBounds(value);
  if (typeof value === 'object' && typeof value.from === 'string' && typeof value.to === 'string') {
    const a = stringBounds(value.from);
    const b = stringBounds(value.to);
    if (!a || !b) return a ?? b;
    return a[0] <= b[1] ? [a[0], b[1]] : [b[0], a[1]];
  }
  return null;
}

/** Normalises a user-given date option ('2025-08-31', '2025-08', '2025'); throws on anything else. */
export function parseDateOption(value: string, end: boolean): string {
  const b = stringBounds(value.trim());
  if (!b) throw new Error(`not a date: '${value}' (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  return end ? b[1] : b[0];
}

/** Width of an interval in days (precision: smaller is more precise). */
export function intervalDays(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
}
