// Claim dates. The spec (§2) writes a date as 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or
// {from, to}; Parley's claims carry one shape, {from, to} in whole days, and the eval export
// writes the spec's shortest form back. Both directions live here so they cannot drift apart.

/** A date as the spec writes it: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or a range; null when unknowable. */
export type SpecDate = string | { from: string; to: string } | null;

/** An inclusive range of days, both ends 'YYYY-MM-DD'. */
export interface DayRange { from: string; to: string }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Month names and their short forms, lower-case, to the month's number: how a header or a wire dateline writes a
 * month ("14 March 2024", "Mar 14", "Sept. 3", "Moscow/Beijing, May 27 (PTI)"). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function lastDay(year: number, month: number): number {
  // Arithmetic, not a Date: this runs for every claim of every article (a profile showed it).
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** 'YYYY-MM-DD' by character codes (the common case), with no regular expression. */
function dayParts(v: string): [number, number, number] | null {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(v.charCodeAt(i))) return null;
  return [Number(v.slice(0, 4)), (v.charCodeAt(5) - 48) * 10 + v.charCodeAt(6) - 48, (v.charCodeAt(8) - 48) * 10 + v.charCodeAt(9) - 48];
}

/** Bounds of one date string; null when it is not a date of the spec's shapes. */
export function stringBounds(value: string): [string, string] | null {
  const day = dayParts(value);
  if (day) {
    // A real calendar day only: '2025-13-01' or '2025-02-30' is no date.
    const [y, mo, d] = day;
    return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? [value, value] : null;
  }
  if (value.length === 10) return null;
  let m = /^(\d{4})-(\d{2})$/.exec(value);
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

/** The interval a date of any accepted shape covers, or null when undated or unreadable. */
export function dateBounds(value: SpecDate | undefined): [string, string] | null {
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

/** Any accepted shape as a day range (null when undated or unreadable). */
export function toDayRange(value: SpecDate | undefined): DayRange | null {
  const b = dateBounds(value);
  return b ? { from: b[0], to: b[1] } : null;
}

/**
 * The spec's shortest form of a date: one day as 'YYYY-MM-DD', a whole calendar month as 'YYYY-MM',
 * a whole year as 'YYYY', anything else as {from, to}.
 */
export function compactDate(value: SpecDate | undefined): SpecDate {
  const b = dateBounds(value);
  if (!b) return null;
  const [from, to] = b;
  if (from === to) return from;
  const month = from.slice(0, 7);
  if (from.endsWith('-01') && to.slice(0, 7) === month && stringBounds(month)![1] === to) return month;
  const year = from.slice(0, 4);
  if (from.endsWith('-01-01') && to === `${year}-12-31`) return year;
  return { from, to };
}

/** A date as one ISO 8601 string: a day, month or year, or an interval 'from/to'; '' when undated. */
export function isoDate(value: SpecDate | undefined): string {
  const c = compactDate(value);
  if (c == null) return '';
  return typeof c === 'string' ? c : `${c.from}/${c.to}`;
}

/** Width of an interval in days (precision: smaller is more precise). */
export function intervalDays(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
}

/** A YYYY-MM-DD day moved by n days (the date part of a longer timestamp is used). */
export function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(day.slice(0, 10) + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
}
