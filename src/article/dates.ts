// Normalising publication dates to YYYY-MM-DD. Pure, linear-time (bounded regexes on short strings).

import { MONTH_NUMBERS } from '../util/dates.js';

export type DateParse =
  | { ok: true; date: string }
  | { ok: false; reason: 'impossible' | 'unparseable' };


const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s{1,3})?`;
// Optional trailing time / zone, e.g. " 10:00:00 +0000", "T10:00Z", ", 14:30 GMT", " 10:00 am".
const TIME = String.raw`(?:(?:[T ,]|,\s|\s-\s|\sat\s){1,2}\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s?[ap]\.?m\.?)?\s?(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?`;

const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}([a-z]{3,9})\.?,?\s{1,3}(\d{4})${TIME}$`, 'i');
const MDY = new RegExp(String.raw`^${WEEKDAY}([a-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})${TIME}$`, 'i');

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

function fmt(y: number, m: number, d: number): DateParse {
  if (!isRealDate(y, m, d)) return { ok: false, reason: 'impossible' };
  return { ok: true, date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * Parse a publication date as written ("2025-08-17", "2025-08-17T10:00:00+03:00", "17 August 2025",
 * "August 17, 2025", "Sun, 17 Aug 2025 10:00:00 +0000") into YYYY-MM-DD. Datetimes keep the calendar
 * date as written (no time-zone conversion).
 */
export function parseDate(value: string): DateParse {
  const v = value.trim().replace(/\s+/g, ' ');
  if (v.length === 0 || v.length > 80) return { ok: false, reason: 'unparseable' };
  let m = ISO.exec(v);
  if (m) return fmt(+m[1], +m[2], +m[3]);
  m = COMPACT.exec(v);
  if (m) return fmt(+m[1], +m[2], +m[3]);
  m = DMY.exec(v);
  if (m) {
    const mon = MONTH_NUMBERS[m[2].toLowerCase()];
    if (mon) return fmt(+m[3], mon, +m[1]);
  }
  m = MDY.exec(v);
  if (m) {
    const mon = MONTH_NUMBERS[m[1].toLowerCase()];
    if (mon) return fmt(+m[3], mon, +m[2]);
  }
  return { ok: false, reason: 'unparseable' };
}

/** Quote a value for a one-line message, shortened and without control characters. */
export function quoteValue(value: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  let v = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (v.length > max) v = v.slice(0, max) + '…';
  return `'${v}'`;
}
