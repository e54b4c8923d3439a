// A season as a time expression: "in the spring", "last summer", "this autumn", "in the autumn of 2023", "spring
// 2024". chrono reads none of them, so a stance dated "in the spring" fell back to the article's window (the two weeks
// before publication), months after the statement. Resolved with the same past bias as the rest of dates.ts: the
// last such season on or before publication, cut at publication when it is under way; in a future clause ("will meet
// in the summer") the next one, marked future. Northern seasons by meteorological months: spring March–May, summer
// June–August, autumn (fall) September–November, winter December–February.
import type { DateValue } from '../extract/types.js';
import { defineRule } from '../extract/rules/registry.js';

export const seasons = defineRule({
  id: 'discourse/season', stage: 'discourse',
  reason: 'A season with a lead word or a year ("in the spring", "during the summer", "last autumn", "this spring", "in the autumn of 2023", "spring 2024") is a time expression chrono does not read: its months (spring March to May, summer June to August, autumn or fall September to November, winter December to February), of the year named, or else the last such season on or before publication ("last summer": the last one over before it; "this summer" in January: the coming one, a plan), cut at publication when under way; in a future clause ("will meet in the summer") the next one, a plan. A season as an attribute ("the spring offensive", "a summer session") or after "by", "before", "until" (a deadline) dates nothing; "the fall of Bakhmut" names no season.',
});

const SEASON_WORD = /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b/;
/** lead word (optional), "the", early/late, the season, "of", a year. */
const SEASON = /\b(?:(in|during|throughout|since|last|this|over|early|late|mid)[\s-]+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\b(?:,?\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi;
/** Words after a season that leave it an adverb of time ("in the spring, …", "in the spring that NATO …"): any other
 * lower-case word makes it an attribute ("the spring offensive", "this summer's talks" is read by the possessive test). */
const AFTER_OK = new Set(['of', 'and', 'or', 'when', 'as', 'to', 'that', 'the', 'a', 'an', 'with', 'at', 'in', 'on', 'for', 'after', 'before', 'while', 'he', 'she', 'it', 'they', 'we', 'its', 'his', 'her', 'their', 'by', 'from', 'but', 'amid', 'during', 'following', 'ahead', 'too', 'already', 'again', 'alone']);
const MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };
/** A future in the clause before ("will", "shall", "is due to", "plans to"): the coming season. */
const FUTURE = /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+(?:due|set|scheduled|expected|going|planning|preparing)\s+to\b|\b(?:plans?|intends?)\s+to\b/i;

export interface SeasonMention { start: number; end: number; value: DateValue; future: boolean }

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The season of year `y`: winter is December of the year before to February. */
function occurrence(season: string, y: number): [string, string] {
  const [a, b] = MONTHS[season];
  return a > b ? [day(y - 1, a, 1), day(y, b, lastDay(y, b))] : [day(y, a, 1), day(y, b, lastDay(y, b))];
}

/** The seasons of `text` read as dates; `pub` the publication day (YYYY-MM-DD) or null (then only a season with a year). */
export function findSeasons(text: string, pub: string | null): SeasonMention[] {
  if (!SEASON_WORD.test(text)) return [];
  const out: SeasonMention[] = [];
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const lead = m[1]?.toLowerCase(), season = m[2].toLowerCase(), year = m[3] ? Number(m[3]) : 0;
    // (A season's name in the middle of a sentence is in lower case; "Spring" there is a name, "Arab Spring".)
    if (m.index > 0 && /[A-Z]/.test(m[2][0]) && !/[.!?:"“]\s*$/.test(text.slice(0, m.index + m[0].indexOf(m[2]))) && !lead) continue;
    if (!year) {
      if (!lead) continue;
      // ("the fall of Bakhmut", "fall" a noun of an event: only "in/last/this fall" followed by no "of".)
      const next = /^\s*([A-Za-z]+|'s|’s)/.exec(text.slice(m.index + m[0].length));
      if (next && (/^['’]s$/.test(next[1]) || (/^[a-z]/.test(next[1]) && !AFTER_OK.has(next[1])))) continue;
      if (next && next[1] === 'of') continue;
    } else if (season === 'winter') continue; // ("the winter of 2022": which winter is left to the year alone)
    const start = lead === 'since' ? m.index + m[0].length - m[0].slice(5).trimStart().length : m.index;
    const end = m.index + m[0].length;
    if (year) {
      const [a, b] = occurrence(season, year);
      out.push({ start, end, value: { from: a, to: b }, future: !!pub && a > pub});
      continue;
    }
    if (!pub) continue;
    const y = Number(pub.slice(0, 4));
    const occ = [y + 1, y, y - 1, y - 2].map((yy) => occurrence(season, yy));
    const clause = text.slice(Math.max(0, m.index - 80), m.index);
    let value: [string, string] | undefined, future = false;
    if (lead === 'last') value = occ.find(([, b]) => b < pub);
    else if (lead === 'this') {
      // (The season under way; else this year's, or for winter the one starting in December: a plan when to come.)
      value = occ.find(([a, b]) => a <= pub && pub <= b) ?? (season === 'winter' ? occurrence(season, y + 1) : occurrence(season, y));
      future = value[0] > pub;
    } else if (FUTURE.test(clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';')) + 1))) {
      value = [...occ].reverse().find(([a]) => a > pub) ?? occ.find(([a, b]) => a <= pub && pub <= b);
      future = true;
    } else value = occ.find(([a]) => a <= pub);
    if (!value) continue;
    const to = value[1] > pub && !future ? pub : value[1];
    out.push({ start, end, value: { from: value[0], to }, future});
  }
  return out;
}
