// Time expressions in a sentence, resolved against the publication date with a past bias
// suited to news: "on Friday" is the last Friday on or before publication, "in April" the last April.
// chrono-node parses the expressions; the refiners below turn them into days, months or ranges and
// keep "read from the text" apart from "implied" (a default), as chrono itself does.
// The English locale only: the full package loads every locale and costs ~150 ms at start-up.
import * as chrono from 'chrono-node/en';
import type { DateValue } from '../extract/types.js';
import { defineRule } from '../extract/rules/registry.js';
import { findSeasons } from './seasons.js';

export interface DateMention {
  /** Character offsets into the body. */
  start: number;
  end: number;
  text: string;
  value: DateValue;
  /** Later than publication: a plan or a schedule, not when a position was stated. */
  future: boolean;
  /** "since April": the position holds from that date on. */
  since: boolean;
  /** A bare weekday ("on Saturday", 0 = Sunday): resolved against publication, it may be re-read against a nearer anchor. */
  weekday?: number;
  /** A month (and day) whose year the text leaves out ("On April 2", "in mid-May"): the year was inferred. */
  yearless?: boolean;
  /** In a clause in the future ("will host talks in February"): a plan, whatever the story around it (discourse/future-month). */
  planned?: boolean;
  /** A season ("in the spring", "last summer", discourse/season): months, as coarse as a year for a neighbour's stance. */
  season?: boolean;
}

const DAY = 86_400_000;
const YEAR = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout|[Bb]y|[Uu]ntil|of|[Ee]arly|[Ll]ate|mid-)\s+((?:19|20)\d\d)\b(?![-/,]?\d)/g;
/** "In a 2022 interview", "during his 2019 speech": a year before a noun of an occasion dates what was said there. */
const YEAR_OCCASION = /\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|the|his|her|its|their)\s+((?:19|20)\d\d)\s+(?=(?:interview|speech|address|statement|letter|article|op-ed|essay|summit|meeting|briefing|press conference|news conference|phone call|call|visit|broadcast|podcast|post)\b)/g;
export const dottedDate = defineRule({
  id: 'discourse/dotted-date', stage: 'discourse',
  reason: 'A date written with dots ("01.12.2026", "1.12.2026 08:00"), as in German, Slavic and other European press and in translations from it, gives the day first: 1 December 2026, not 12 January (chrono reads it month first, as an American slash date). Slash dates ("1/12/2026") stay as chrono reads them: both orders are written.',
});
/** "01.12.2026": day, month, year, with dots. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/g;
/** A year alone on its line ("2024", "2023:"), a heading. */
const YEAR_LINE = /^\s*((?:19|20)\d\d)\s*[.:]?\s*$/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function parseDay(iso: string): Date { return new Date(`${iso}T12:00:00Z`); }
/** The publication day, parsed once per article rather than once per sentence (speed, issue 7). */
let lastPub: { iso: string; time: number; window?: { from: string; to: string } } | null = null;
function pubEntry(iso: string): { iso: string; time: number; window?: { from: string; to: string } } {
  if (lastPub?.iso !== iso) lastPub = { iso, time: parseDay(iso).getTime() };
  return lastPub;
}
/** A fresh Date each call: chrono holds it as its reference and nothing may share it. */
const pubDay = (iso: string): Date => new Date(pubEntry(iso).time);
/** The last `weekday` (0 = Sunday) on or before the day `iso`. */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  const d = parseDay(iso);
  return fmtDay(addDays(d, -((d.getUTCDay() - weekday + 7) % 7)));
}
export function fmtDay(d: Date): string { return d.toISOString().slice(0, 10); }
const fmtMonth = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** Cheap gate: most sentences have no time expression and need no parsing. */
// Month and weekday names are capitalised in news text; matching them case-sensitively keeps the modal "may" out.
const HAS_DATE_WORD = /\b(?:Christmas|New Year)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|weeks?|weekend|months?|years?|ago|[Nn]ow|(?:19|20)\d\d)\b|\b(?:[Tt]his (?:morning|afternoon|evening)|[Ll]ast night|[Oo]vernight)\b|\b[Tt]he \d{1,2}(?:st|nd|rd|th)\b/;

interface RelativeRule { pattern: RegExp; resolve: (pub: Date, m: RegExpExecArray) => DateValue; reason: string }

/** Relative expressions whose meaning is a range; chrono gives single days for them. */
const RELATIVE: RelativeRule[] = [
  { pattern: /\b(?:last|past|previous) week\b/gi, reason: 'the previous calendar week up to yesterday',
    resolve: (pub) => ({ from: fmtDay(addDays(mondayOf(pub), -7)), to: fmtDay(addDays(pub, -1)) }) },
  { pattern: /\b(?:earlier )?this week\b/gi, reason: 'Monday of the publication week to publication',
    resolve: (pub) => ({ from: fmtDay(mondayOf(pub)), to: fmtDay(pub) }) },
  { pattern: /\b(?:earlier )?this month\b/gi, reason: 'the first of the month to publication',
    resolve: (pub) => ({ from: fmtDay(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), 1, 12))), to: fmtDay(pub) }) },
  { pattern: /\blast month\b/gi, reason: 'the previous calendar month',
    resolve: (pub) => { const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1)); return fmtMonth(d.getUTCFullYear(), d.getUTCMonth() + 1); } },
  // ("on the 28th": a day of the month with no month, discourse/ordinal-day.)
  { pattern: /\b(?:[Oo]n|[Ss]ince) the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?! (?:of|anniversary|round|century|day|time|floor|session|point|meeting|summit)\b)/g, reason: 'the last such day of a month on or before publication',
    resolve: (pub, m) => { const n = Number(m[1]); let y = pub.getUTCFullYear(), mo = pub.getUTCMonth(); if (n > pub.getUTCDate()) { mo -= 1; if (mo < 0) { mo = 11; y -= 1; } } const d = new Date(Date.UTC(y, mo, n, 12)); return d.getUTCMonth() === mo ? fmtDay(d) : null; } },
  { pattern: /\b(?:earlier )?this year\b/gi, reason: 'the first of January to publication',
    resolve: (pub) => ({ from: `${pub.getUTCFullYear()}-01-01`, to: fmtDay(pub) }) },
  { pattern: /\blast year\b/gi, reason: 'the previous calendar year', resolve: (pub) => String(pub.getUTCFullYear() - 1) },
  { pattern: /\b(?:in )?recent (?:days|weeks)\b/gi, reason: 'the two weeks before publication',
    resolve: (pub) => ({ from: fmtDay(addDays(pub, -14)), to: fmtDay(pub) }) },
  // Holidays with a preposition (discourse/holidays): "presented before Christmas", "said over Christmas". ("a Christmas
  // truce" names a truce, not a day; "by Christmas" is a deadline, marked future below.)
  { pattern: /\b(?:[Jj]ust |[Ss]hortly )?(?:[Bb]efore|[Aa]head of) (?:the )?(?:Christmas|New Year(?:'s| holidays)?)(?! (?:truce|ceasefire|deadline)\b)/g, reason: 'the week before the last Christmas (or New Year) on or before publication',
    resolve: (pub, m) => holiday(pub, /New Year/.test(m[0]) ? [12, 25] : [12, 18], /New Year/.test(m[0]) ? [12, 31] : [12, 24]) },
  { pattern: /\b(?:[Aa]t|[Oo]n|[Oo]ver|[Dd]uring) (?:the )?Christmas(?: Day| Eve| holidays?)?(?! (?:truce|ceasefire)\b)/g, reason: 'Christmas Eve to Boxing Day of the last Christmas on or before publication',
    resolve: (pub) => holiday(pub, [12, 24], [12, 26]) },
  { pattern: /\b(?:[Jj]ust |[Ss]hortly )?[Aa]fter Christmas(?! (?:truce|ceasefire)\b)/g, reason: 'the days after the last Christmas on or before publication, to the year\'s end',
    resolve: (pub) => holiday(pub, [12, 26], [12, 31]) },
  { pattern: /\b(?:[Aa]t|[Oo]n|[Oo]ver) (?:the )?New Year(?:'s Eve|'s Day| holidays)?(?! (?:truce|ceasefire)\b)/g, reason: 'New Year\'s Eve and Day of the last New Year on or before publication',
    resolve: (pub) => holiday(pub, [12, 31], [12, 31], true) },
  { pattern: /\b(?:(?:this|last)|(?:over|during) the(?: past)?) weekend\b|(?<=^\W{0,3})At the weekend\b/gi, reason: 'the last Saturday and Sunday on or before publication ("at the weekend" inside a sentence is not read: it often describes an event, "the plan discussed in Geneva at the weekend"; opening the sentence, "At the weekend, Baku offered …", it sets the time of the whole)',
    // (Published on a Saturday, the weekend so far is that Saturday: no day after publication.)
    resolve: (pub) => { const sat = addDays(pub, -((pub.getUTCDay() + 1) % 7)); return { from: fmtDay(sat), to: fmtDay(sat.getTime() === pub.getTime() ? sat : addDays(sat, 1)) }; } },
  { pattern: /\bovernight\b/gi, reason: 'the night before publication: the day before it and the day itself',
    resolve: (pub) => ({ from: fmtDay(addDays(pub, -1)), to: fmtDay(pub) }) },
];

export const dayRangeRule = defineRule({
  id: 'discourse/day-range', stage: 'discourse',
  reason: 'A range of days ("from 3 to 7 November 2026", "on 12-14 March", "between 3 and 5 June", "from 3 to 5 June" with no year, which chrono reads as hours, "on 5 and 6 August", "on August 5 and 6") is a range, not its first (or last) day: a statement made during a visit or a conference of those days is dated by the whole of it (up to a month long).',
});

/** "from 3 to 5 June", "between 14 and 16 September" with no year: chrono reads the numbers as hours ("3 to 5
 * o'clock in June"), the month alone (discourse/day-range). With a year it reads the days itself. */
const DAY_SPAN = /\b(?:[Ff]rom|[Bb]etween)\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:to|and|until|till|through|-|–)\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+(?:19|20)\d\d)/g;
const MONTH_INDEX: Readonly<Record<string, number>> = { January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12 };

/** "5 and " before "6 August": the first of two days joined by "and" (discourse/day-range). */
const DAY_AND_BEFORE = /\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+and\s+$/;
/** " and 6" after "August 5" (not "and 6,000", not "and 6 people": a day ends there). */
const DAY_AND_AFTER = /^\s+and\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![\d,.]\d|\s+[a-z])/;

export const ordinalDay = defineRule({
  id: 'discourse/ordinal-day', stage: 'discourse',
  reason: 'A day of the month written alone ("on the 28th", "since the 3rd"), as letters, newsletters and scripts do, is the last such day on or before publication (the 28th of this month, or of last month when that day is still to come); not "the 28th of …", "the 5th round", "the 80th anniversary". "Over the weekend" is the last weekend ("at the weekend" often describes an event, "the plan discussed in Geneva at the weekend", and is left to chrono), as "last weekend" is; "this morning", "last night" are read by chrono once the sentence is let through.',
});

export const holidays = defineRule({
  id: 'discourse/holidays', stage: 'discourse',
  reason: 'A holiday after a preposition ("a framework presented before Christmas", "said over Christmas", "just after Christmas", "at New Year") is a time expression chrono does not read: the last such holiday on or before publication, as a range (the week before Christmas, Christmas Eve to Boxing Day, the days after it, New Year\'s Eve and Day). "a Christmas truce" names a truce and "by Christmas" a deadline, not when a position was stated.',
});

/**
 * The range [from, to] (months and days of a year) of the last holiday on or before publication: the year of `pub`
 * when `from` of that year is not after it, else the year before; `to` cut at publication. With `spans`, `to` is the
 * next year's 1 January (New Year).
 */
function holiday(pub: Date, from: [number, number], to: [number, number], spans = false): DateValue {
  let y = pub.getUTCFullYear();
  const at = (yy: number, md: [number, number]) => new Date(Date.UTC(yy, md[0] - 1, md[1], 12));
  if (at(y, from).getTime() > pub.getTime()) y -= 1;
  const end = spans ? at(y + 1, [1, 1]) : at(y, to);
  const last = end.getTime() > pub.getTime() ? pub : end;
  return { from: fmtDay(at(y, from)), to: fmtDay(last) };
}

const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// chrono's own word lists (locales/en/constants.ts), copied for the gates below: the order of an
// alternation does not change whether a text has a match, so a gate needs only the same words.
const NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
const UNIT = '(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years)';
/** One "number unit" of chrono's repeated time units ("3 days", "a week"): every duration parser needs one. */
const ONE_UNIT = String.raw`(?:(?:about|around)\s{0,3})?${NUMBER}\s{0,3}${UNIT}`;
/**
 * What each of chrono's casual English parsers cannot match without (speed only, issue 7): every
 * pattern below is implied by that parser's own regular expression (a month name, a digit, "ago"…),
 * so a sentence that lacks it gives that parser nothing and it is not run. The results are exactly
 * chrono.casual's (test/annotate/chrono-gates.test.ts compares them); a parser not named here always runs.
 * About a third of chrono's parsing time on news sentences went to parsers that could not match.
 */
export const CHRONO_GATES: Readonly<Record<string, RegExp | readonly RegExp[]>> = {
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  // A year (four digits, or a number and an era: "300 BC") and then a month name.
  ENYearMonthNameParser: [/[1-9](?:\d{3}|\d{0,3}\s{0,2}(?:BE|AD|BC|CE))/i, MONTH_WORD],
  ENTimeExpressionParser: /\d/,
  // The duration parsers: a cheap test for their keyword, then the part of their pattern from that
  // keyword to a number and unit, without chrono's ten-fold repetition of units, whose compilation
  // alone cost ~150 ms per process ('in', 'for', 'this', 'before' ran them on most sentences).
  ENTimeUnitWithinFormatParser: new RegExp(String.raw`\b(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?${ONE_UNIT}`, 'i'),
  ENTimeUnitCasualRelativeFormatParser: [/this|last|past|next|after|\+|-/i, new RegExp(String.raw`\b(?:this|last|past|next|after)\s*${ONE_UNIT}|(?:\W|^)[-+]\s*${ONE_UNIT}`, 'i')],
  ENTimeUnitAgoFormatParser: [/ago|before|earlier/i, new RegExp(String.raw`${NUMBER}\s{0,3}${UNIT}\s{0,5}(?:ago|before|earlier)(?=\W|$)`, 'i')],
  ENTimeUnitLaterFormatParser: [/later|after|from now|henceforth|forward|out/i, new RegExp(String.raw`${NUMBER}\s{0,3}${UNIT}\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)`, 'i')],
  ENEndOfCurrentMonthParser: /month/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midnight|midday|noon/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  // A weekday name (or weekend, weekday) that ends a word or runs into chrono's "of|this|last|past|next … week"
  // suffix: "month", "satellite" and "weeks" no longer run the parser (most sentences that reached it).
  ENWeekdayParser: /(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|weekend|weekday|sun|mon|tue|wed|thu|fri|sat)(?:\W|$|of|this|last|past|next)/i,
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
};
/**
 * The parsers above whose gate cannot match without a digit (each gate's first pattern starts with \d or [1-9]):
 * a sentence with no digit at all fails them with one test instead of one scan each (speed, issue 7).
 */
export const DIGIT_GATES: ReadonlySet<string> = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENTimeExpressionParser']);
const DIGIT = /\d/;
type ChronoParser = chrono.Chrono['parsers'][number];
/** chrono.casual's parsers in its order, each with the number of its gate (-1: always runs). */
const GATE_LIST: Array<readonly RegExp[]> = [];
/** Per gate: whether it needs a digit (DIGIT_GATES). */
const GATE_DIGIT: boolean[] = [];
const GATED: ReadonlyArray<{ parser: ChronoParser; gate: number }> = chrono.casual.parsers.map((parser) => {
  const g = CHRONO_GATES[parser.constructor.name];
  if (g === undefined) return { parser, gate: -1 };
  let gate = GATE_LIST.findIndex((x) => x[0] === (Array.isArray(g) ? g[0] : g));
  if (gate < 0) {
    gate = GATE_LIST.push(Array.isArray(g) ? g : [g as RegExp]) - 1;
    GATE_DIGIT[gate] = DIGIT_GATES.has(parser.constructor.name);
  }
  return { parser, gate };
});
/** Per sentence: 0 not tested yet, 1 passed, 2 failed. */
const gateState = new Uint8Array(GATE_LIST.length);
/** Holds the parsers whose gates a sentence passes, for one parse at a time (parse is synchronous). */
const runner = new chrono.Chrono({ parsers: [], refiners: [...chrono.casual.refiners] });
/**
 * chrono.casual with each parser behind its gate; same parsers, same order, same refiners. A parser whose gate
 * fails is left out of the parse rather than run on a pattern that never matches: each gate is tested once per
 * sentence (the three month parsers share theirs), and chrono runs only the parsers that can match (speed, issue 7).
 */
export const gatedCasual = {
  parse(text: string, ref: chrono.ParsingReference | Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
    const parsers: ChronoParser[] = [];
    gateState.fill(0);
    const digit = DIGIT.test(text);
    for (const { parser, gate } of GATED) {
      if (gate >= 0) {
        if (gateState[gate] === 0) gateState[gate] = (digit || !GATE_DIGIT[gate]) && GATE_LIST[gate].every((re) => re.test(text)) ? 1 : 2;
        if (gateState[gate] === 2) continue;
      }
      parsers.push(parser);
    }
    runner.parsers = parsers;
    return runner.parse(text, ref, option);
  },
};

const WEEKEND = /weekend/i;
const RELATIVE_WORD = /week|month|year|days|Christmas|overnight|\d(?:st|nd|rd|th)\b/i;
/** What YEAR and YEAR_OCCASION both need. */
const HAS_YEAR = /(?:19|20)\d\d/;

/** Finds dates in `text` (a sentence starting at body offset `offset`). */
export const capitalHeadings = defineRule({
  id: 'discourse/capital-headings', stage: 'discourse',
  reason: 'A line written in capitals with a digit ("MARCH 11 - JEDDAH", "APRIL 28 - VICTORY DAY") is a timeline\'s or a liveblog\'s heading: its date is read as if written "March 11", so that the entries under it are dated by it (claim/date-line). So is a month alone in capitals that opens its line, set off by a full stop, a colon or a dash ("FEBRUARY.", "MAY:", "JUNE - THE AFRICAN MISSION"): a yearbook\'s or a chronicle\'s section. So is a month in capitals, whole or shortened, with its day, that opens an entry written in lower case ("DEC 14 – In Berlin, Zelensky says …", "SEPT. 3: Serbia …"), as a wire timeline writes its entries. Month names elsewhere are read only with their capital, to keep the modal "may" out; in capitals only a date with a digit, or a month set off as a heading, counts ("NATO MAY ACT" names no month).',
});

/** A line in capitals ("MARCH 11 - JEDDAH", "APRIL 28 – VICTORY DAY"): a timeline's or a liveblog's heading. */
const CAPITALS = /^[^a-z]*[A-Z]{3}[^a-z]*$/;
const CAPITAL_WORD = /[A-Z]{2,}/g;
/**
 * A month alone in capitals, set off by a full stop, a colon or a dash ("FEBRUARY.", "MAY:", "JUNE - THE AFRICAN
 * MISSION"): a yearbook's or a chronicle's section heading, read although it has no digit (the modal in "NATO MAY ACT"
 * stands between words, never first and set off).
 */
/** A month heading in capitals opening an entry in lower case ("MARCH: Kosovo offered …", "JUNE. Serbia …"). */
const MONTH_LEAD = /^(\W*)(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[.:](?=\s+[A-Z][a-z])/;
/** A month in capitals, whole or shortened, with its day, opening an entry in lower case ("DEC 14 – In Berlin, …",
 * "SEPT. 3: Kosovo …"): a wire timeline's entry; read as "Dec 14" (the same length, so offsets hold). */
const MONTH_DAY_LEAD = /^(\W*)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?=\.?\s+\d{1,2}\b[^a-z]*[A-Z]?[a-z])/;
const MONTH_HEADING = /^\W*(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s*(?:[.:\-–—]|$)/;

/**
 * A heading in capitals, its words written as names ("March 11 - Jeddah"), the same length: month names in news
 * text are matched with their capital only (to keep the modal "may" out), so "MARCH 11" would go unread
 * (discourse/capital-headings). Only dates with a digit count there: "NATO MAY ACT" names no month.
 */
function headingCase(text: string): string | null {
  if (!CAPITALS.test(text) || (!/\d/.test(text) && !MONTH_HEADING.test(text))) return null;
  const cased = text.replace(CAPITAL_WORD, (w) => w[0] + w.slice(1).toLowerCase());
  // ("MAY." or "MAY:" alone: chrono reads "May" only without the stop after it; a space keeps the offsets.)
  return /\d/.test(text) ? cased : cased.replace(/^(\W*[A-Z][a-z]+)[.:]/, '$1 ');
}

export function findDates(text: string, offset: number, published: string | null): DateMention[] {
  const heading = headingCase(text);
  if (heading !== null) return findDates(heading, offset, published).filter((d) => /\d/.test(d.text) || MONTH_HEADING.test(d.text.toUpperCase())).map((d) => ({ ...d, text: text.slice(d.start - offset, d.end - offset) }));
  // ("MARCH: Kosovo offered …": a month heading in capitals that opens an entry written in lower case, read as "March".)
  // ("DEC 14 – In Berlin, Zelensky says …": a timeline entry's month in capitals with its day, read as "Dec 14".)
  if (MONTH_DAY_LEAD.test(text)) return findDates(text.replace(MONTH_DAY_LEAD, (_, pre: string, mon: string) => `${pre}${mon[0]}${mon.slice(1).toLowerCase()}`), offset, published).map((d) => ({ ...d, text: text.slice(d.start - offset, d.end - offset) }));
  if (MONTH_LEAD.test(text)) return findDates(text.replace(MONTH_LEAD, (_, pre: string, mon: string) => `${pre}${mon[0]}${mon.slice(1).toLowerCase()} `), offset, published).map((d) => ({ ...d, text: text.slice(d.start - offset, d.end - offset) }));
  // ("in the spring", "last summer", "in the autumn of 2023": discourse/season.)
  const seasonal = findSeasons(text, published);
  const seasonMention = (d: (typeof seasonal)[number]) => ({ ...mention(text, offset, d.start, d.end, d.value, d.future), season: true });
  if (!HAS_DATE_WORD.test(text)) return seasonal.map(seasonMention);
  const out: DateMention[] = [];
  const pub = published ? pubDay(published) : null;
  const taken: Array<[number, number]> = [];
  for (const d of seasonal) { taken.push([d.start, d.end]); out.push(seasonMention(d)); }
  // Every RELATIVE pattern names a week, month, year, days, weekend, holiday or night: without one, none can match.
  if (pub && RELATIVE_WORD.test(text)) {
    for (const rule of RELATIVE) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        taken.push([m.index, m.index + m[0].length]);
        out.push(mention(text, offset, m.index, m.index + m[0].length, rule.resolve(pub, m), false));
      }
    }
  }
  // ("from 3 to 5 June" with no year: a range of days, which chrono reads as hours of June, discourse/day-range; the
  // year as chrono gives a month-day, the last one on or before publication unless within the next two months.)
  if (pub && (text.includes('rom ') || text.includes('etween '))) {
    DAY_SPAN.lastIndex = 0;
    for (let m = DAY_SPAN.exec(text); m; m = DAY_SPAN.exec(text)) {
      const a = Number(m[1]), b = Number(m[2]), mo = MONTH_INDEX[m[3]];
      if (b <= a) continue;
      let y = pub.getUTCFullYear();
      if (Date.UTC(y, mo - 1, a, 12) > pub.getTime() + 60 * DAY) y -= 1;
      // ("will meet from 3 to 5 February", in a paper of December: the coming one, discourse/future-month.)
      if (Date.UTC(y, mo - 1, a, 12) <= pub.getTime() && FUTURE_CLAUSE.test(clauseBefore(text, m.index))) y += 1;
      const from = new Date(Date.UTC(y, mo - 1, a, 12)), to = new Date(Date.UTC(y, mo - 1, b, 12));
      if (to.getUTCMonth() !== mo - 1) continue;
      taken.push([m.index, m.index + m[0].length]);
      out.push(mention(text, offset, m.index, m.index + m[0].length, { from: fmtDay(from), to: fmtDay(to) }, from.getTime() > pub.getTime() + DAY / 2));
    }
  }
  // Bare years ("in 2022", "since 2014") need no publication date. (Both patterns need a year's digits:
  // without one, two scans are saved.)
  const year = HAS_YEAR.test(text);
  YEAR.lastIndex = 0;
  if (year) for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const s = m.index + m[0].length - 4;
    if (taken.some(([a, b]) => s < b && a < s + 4)) continue;
    if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text.slice(s + 4, s + 20))) continue;
    taken.push([s, s + 4]);
    out.push(mention(text, offset, s, s + 4, m[1], !!pub && Number(m[1]) > pub.getUTCFullYear()));
  }
  // ("01.12.2026": day first, discourse/dotted-date.)
  if (year && text.includes('.')) {
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(text); m; m = DOTTED.exec(text)) {
      const v = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
      if (fmtDay(parseDay(v)) !== v) continue;
      taken.push([m.index, m.index + m[0].length]);
      out.push(mention(text, offset, m.index, m.index + m[0].length, v, !!pub && parseDay(v).getTime() > pub.getTime() + DAY / 2));
    }
  }
  // ("2024" on a line of its own: a yearbook's or a timeline's heading, discourse/narrative-year-opening.)
  if (year && !out.length) { const m = YEAR_LINE.exec(text); if (m) { const s = m.index + m[0].indexOf(m[1]); taken.push([s, s + 4]); out.push(mention(text, offset, s, s + 4, m[1], !!pub && Number(m[1]) > pub.getUTCFullYear())); } }
  YEAR_OCCASION.lastIndex = 0;
  if (year) for (let m = YEAR_OCCASION.exec(text); m; m = YEAR_OCCASION.exec(text)) {
    const s = m.index + m[0].lastIndexOf(m[1]);
    if (taken.some(([a, b]) => s < b && a < s + 4)) continue;
    taken.push([s, s + 4]);
    out.push(mention(text, offset, s, s + 4, m[1], !!pub && Number(m[1]) > pub.getUTCFullYear()));
  }
  const results = gatedCasual.parse(text, pub ? { instant: pub, timezone: 0 } : new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const s = r.index, e = r.index + r.text.length;
    if (taken.some(([a, b]) => s < b && a < e)) continue;
    // (chrono reads a bare "weekend" as the last Saturday: "the weekend talks in Doha", "would open by the weekend".
    // The weekends that date a statement, "at/over/last/this weekend", are RELATIVE's, read above.)
    if (WEEKEND.test(r.text)) continue;
    const resolved = resolveChrono(r, pub);
    if (resolved === undefined) continue;
    // ("from 3 to 7 November 2026", "on 12-14 March 2025": a range of days, discourse/day-range.)
    if (r.end && typeof resolved.value === 'string' && resolved.value.length === 10 && r.end.isCertain('day') && r.start.isCertain('day') && r.start.isCertain('month')) {
      const y = Number(resolved.value.slice(0, 4)), sm = Number(resolved.value.slice(5, 7));
      const em = r.end.get('month') ?? sm, ed = r.end.get('day') ?? 0;
      const to = new Date(Date.UTC(em < sm ? y + 1 : y, em - 1, ed, 12));
      const toDay = fmtDay(to);
      if (toDay > resolved.value && to.getTime() - parseDay(resolved.value).getTime() <= 31 * DAY) resolved.value = { from: resolved.value, to: toDay };
    }
    // ("on 5 and 6 August", "on August 5 and 6": two days joined by "and", a range, discourse/day-range.)
    let s0 = s, e0 = e;
    if (typeof resolved.value === 'string' && resolved.value.length === 10 && r.start.isCertain('day')) {
      const before = DAY_AND_BEFORE.exec(text.slice(Math.max(0, s - 12), s));
      const after = before ? null : DAY_AND_AFTER.exec(text.slice(e, e + 12));
      const other = Number((before ?? after)?.[1] ?? 0), day = Number(resolved.value.slice(8));
      if (other && (before ? other < day : other > day)) {
        const v = `${resolved.value.slice(0, 8)}${String(other).padStart(2, '0')}`;
        resolved.value = before ? { from: v, to: resolved.value } : { from: resolved.value, to: v };
        if (before) s0 = s - before[0].length; else e0 = e + after![0].length;
      }
    }
    const m = mention(text, offset, s0, e0, resolved.value, resolved.future);
    if (r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('weekday') && typeof resolved.value === 'string') {
      m.yearless = true;
      // ("Baku will host the talks in February", in a paper of December: next February, a plan; discourse/future-month.)
      if (pub && !m.future && FUTURE_CLAUSE.test(clauseBefore(text, s))) { if (resolved.value.length !== 7 || resolved.value !== fmtMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1)) m.value = nextYear(resolved.value); m.future = true; m.planned = true; }
    }
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && typeof resolved.value === 'string') m.weekday = r.start.get('weekday') ?? undefined;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const lastWeekday = defineRule({
  id: 'discourse/last-weekday', stage: 'discourse',
  reason: 'A weekday after "last", "past" or "previous" ("the call last Wednesday", "said last Friday") is before the day of writing: in a paper of that same weekday it is the one a week before, not the day of publication, which the bare weekday ("on Wednesday") names. On any other day it is the most recent such weekday, as the bare one is.',
});

export const futureMonth = defineRule({
  id: 'discourse/future-month', stage: 'discourse',
  reason: 'A month (and day) with no year in a clause in the future ("Baku will host the next round in February", "the two leaders are due to meet on 12 March", "Armenia plans to sign in July") is the coming one, not the last: a plan, never the date of a stance nor the year of the story told around it. The past tense ("met in July") keeps the last one; "would" (reported, or a past plan) is left as it was.',
});
/** A future in the clause before a date: "will", "shall", "'ll", "is due / set / scheduled / expected to", "plans to". */
const FUTURE_CLAUSE = /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+(?:due|set|scheduled|expected|going|planning|preparing)\s+to\b|\b(?:plans?|intends?)\s+to\b/i;
/** The clause of `text` before offset `at`: back to a semicolon, a colon, a full stop or a comma before a relative word or a conjunction. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 120), at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.search(/,\s*(?:which|who|where|when|while|after|before|but|as|since)\b[^,;:]*$/i));
  return cut >= 0 ? before.slice(cut + 1) : before;
}
/** A month (or day) value one year on. */
const nextYear = (v: string) => `${Number(v.slice(0, 4)) + 1}${v.slice(4)}`;

export const sinceOccasion = defineRule({
  id: 'discourse/since-occasion', stage: 'discourse',
  reason: '"since" before an occasion and its date ("has said since the Alaska summit in August that …", "has insisted since his talks with Erdogan in May", "since the Istanbul round on 16 May") marks the date as the start of a position held up to the time of writing, as "since August" does: the occasion named with "since" and the date after it, at most five words apart and in one clause.',
});
/** "since the Alaska summit in", "since the Cairo round": "since", an occasion of at most five words, then "in", "on", "of" or "at" or the date itself. */
const SINCE_OCCASION = /\bsince\s+(?:[\w'’.-]+\s+){1,5}(?:(?:in|on|of|at)\s*)?$/;

function mention(text: string, offset: number, s: number, e: number, value: DateValue, future: boolean): DateMention {
  const before = text.slice(Math.max(0, s - 7), s).toLowerCase();
  const since = /\bsince\s*$/.test(before) || (text.lastIndexOf('since', s) >= 0 && SINCE_OCCASION.test(text.slice(Math.max(0, s - 60), s).toLowerCase()));
  return { start: offset + s, end: offset + e, text: text.slice(s, e), value, future, since };
}

export const hoursCount = defineRule({
  id: 'discourse/hours-count', stage: 'discourse',
  reason: 'A count of hours or minutes ("After three hours with Orbán, Putin restated …", "Two hours later, Baku rejected …", "a few hours after the call") counts from another moment of the story, not from the publication date: it is no date of its own (the same day as the day the story named last, discourse/anchored-days), so the sentence takes the date of its entry, its scene or its neighbours instead of the publication day.',
});
const HOURS_COUNT = /\b(?:hours?|minutes?|hrs?|mins?)\b/;

function resolveChrono(r: chrono.ParsedResult, pub: Date | null): { value: DateValue; future: boolean } | undefined {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const lower = r.text.toLowerCase();
  // Expressions about the future or durations say nothing about when a position was stated.
  if (/\b(?:next|coming|tomorrow|within)\b/.test(lower)) return { value: null, future: true };
  // "After three hours with Orbán, Putin …", "Two hours later, …", "a few hours after the call": a count of hours
  // or minutes from another moment of the story, which chrono reads as hours from the publication date, the
  // publication day itself; it names no day (discourse/hours-count; "two hours ago" stays the publication day).
  if (HOURS_COUNT.test(lower) && !/\bago\b/.test(lower)) return undefined;
  // Without a publication date only absolute dates (with a year) can be resolved (spec rule 11).
  if (!pub && (!known('year') || !/\b(?:19|20)\d\d\b/.test(r.text))) return undefined;
  const year = c.get('year') ?? 0, month = c.get('month') ?? 1, day = c.get('day') ?? 1;
  if (known('day') && known('month')) {
    if (!known('year') && !pub) return undefined; // "March 11" with no publication date: unresolvable
    let d = new Date(Date.UTC(year, month - 1, day, 12));
    // A month-day after publication is last year's, unless it is within the next two months: "talks on June 2"
    // in a paper of May 28 is a coming date (marked future), not a year-old one.
    if (!known('year') && pub && d.getTime() > pub.getTime() + 60 * DAY) d = new Date(Date.UTC(year - 1, month - 1, day, 12));
    return { value: fmtDay(d), future: !!pub && d.getTime() > pub.getTime() + DAY / 2 };
  }
  if (known('weekday') && !known('day')) {
    if (!pub) return undefined;
    const wd = c.get('weekday') ?? 0;
    // The most recent such weekday on or before publication; "last Wednesday" in a paper of a Wednesday is the week
    // before, never the day of publication (discourse/last-weekday).
    let back = (pub.getUTCDay() - wd + 7) % 7;
    if (back === 0 && /^(?:last|past|previous)\b/.test(lower)) back = 7;
    return { value: fmtDay(addDays(pub, -back)), future: false };
  }
  if (known('month') && !known('day')) {
    let y = known('year') ? year : pub ? pub.getUTCFullYear() : 0;
    if (!y) return undefined;
    if (!known('year') && pub && month > pub.getUTCMonth() + 1) y -= 1;
    const future = !!pub && (y > pub.getUTCFullYear() || (y === pub.getUTCFullYear() && month > pub.getUTCMonth() + 1));
    return { value: fmtMonth(y, month), future };
  }
  if (known('year') && !known('month')) {
    return { value: String(year), future: !!pub && year > pub.getUTCFullYear() };
  }
  if (/\b(?:today|tonight|this morning|this afternoon|this evening|yesterday|ago)\b/.test(lower) && pub) {
    const d = new Date(Date.UTC(year, month - 1, day, 12));
    if (/\byears? ago\b/.test(lower)) return { value: String(year), future: false };
    if (/\b(?:months?) ago\b/.test(lower)) return { value: fmtMonth(year, month), future: false };
    return { value: fmtDay(d), future: false };
  }
  if (WEEKDAYS.some((w) => lower.includes(w)) && pub) return undefined;
  return undefined;
}

/** The default date of a reported current position: the two weeks up to publication (spec §2). */
export function defaultWindow(published: string | null): DateValue {
  if (!published) return null;
  const e = pubEntry(published);
  e.window ??= { from: fmtDay(addDays(new Date(e.time), -14)), to: published };
  return { from: e.window.from, to: e.window.to };
}

/** [from, to] day strings of a date value, or null. */
export function dayRange(d: DateValue): [string, string] | null {
  if (d == null) return null;
  if (typeof d === 'object') { const a = dayRange(d.from), b = dayRange(d.to); return a && b ? [a[0], b[1]] : (a || b); }
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return [d, d];
  if (/^\d{4}-\d{2}$/.test(d)) { const [y, m] = d.split('-').map(Number); const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); return [`${d}-01`, `${d}-${String(last).padStart(2, '0')}`]; }
  if (/^\d{4}$/.test(d)) return [`${d}-01-01`, `${d}-12-31`];
  return null;
}

export function rangesOverlap(a: DateValue, b: DateValue): boolean {
  const x = dayRange(a), y = dayRange(b);
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}
