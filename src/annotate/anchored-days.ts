// Days counted from another day of the story ("The day before, in Kyiv, …", "Two days later, Vance said …",
// "a week earlier"): a long-read or a report tells its events in order, and such an expression is read
// against the last day the text has named before it, not against the publication date.
import type { Sentence } from './annotate.js';
import { parseDay, fmtDay, type DateMention } from './dates.js';
import { defineRule } from '../extract/rules/registry.js';

export const anchoredDays = defineRule({
  id: 'discourse/anchored-days', stage: 'discourse',
  reason: 'A count of days from another day of the story ("the day before", "a day earlier", "the next day", "two days later", "a week earlier", "that same day", "that day", "that evening", "the same evening", "two hours later") is the day the text named last before it, in its sentence or up to fifteen sentences back, moved by that count: "Ramaphosa met Putin on Saturday, 17 June. … The day before, in Kyiv, Zelensky insisted …" is 16 June; a "when" opening the sentence tells the story\'s day too ("When Putin spoke on June 14, … A day later, …" is 15 June). With no day named before it (only a month, a year or nothing), it is left undated; a day after publication is a plan, not a statement.',
});

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// (Counts in words only: "30 days later" is mostly a plan's deadline, "would withdraw 30 days later".)

/**
 * "the day before", "a day earlier", "two days later", "a week earlier", "the next day", "that same day", "that day". ("a day
 * after Rubio said …", "the day before the summit" count from the event named after them, not from the story's
 * last day: "before" and "after" count only before punctuation.)
 */
const ANCHORED = /\b(?:(?:the|that) same (?:day|evening|morning|afternoon|night)|that (?:very )?(?:day|evening|morning|afternoon|night)(?! (?:comes?|will|would|of|when|on)\b)|later that (?:day|evening|night)|(?:a few |several |(?:a|one|two|three|four|five|six) )?(?:hours?|minutes?) (?:later|earlier)|the (?:day|week) (?:before|after)(?=\s*[,.;:)]|$)|the (?:previous|next|following) day|(a|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?) (?:(earlier|later)|(before|after)(?=\s*[,.;:)]|$)))\b(?! (?:of|when)\b)/gi;

/** Days moved by the expression `m` (a match of ANCHORED). */
function shift(m: RegExpExecArray): number | null {
  const t = m[0].toLowerCase();
  if (m[1]) {
    const n = NUMBERS[m[1].toLowerCase()];
    if (n === undefined) return null;
    const days = n * (m[2].toLowerCase().startsWith('week') ? 7 : 1);
    return /earlier|before/.test((m[3] ?? m[4]).toLowerCase()) ? -days : days;
  }
  // (Whole words: "that same afternoon" is the same day, not the day after.)
  if (/\b(?:before|previous)\b/.test(t)) return t.includes('week') ? -7 : -1;
  if (/\b(?:after|next|following)\b/.test(t)) return t.includes('week') ? 7 : 1;
  // ("the same day", "that day", "later that day", "the same evening", "two hours later": the same day.)
  return 0;
}

/**
 * A day the story gives as background, not as the day it has reached: in a pluperfect clause ("Istanbul had
 * already been the venue … last Friday") or a relative clause ("the summit, which ended on Friday, …").
 */
function background(text: string, sentenceStart: number, d: DateMention): boolean {
  const before = text.slice(sentenceStart, d.start);
  // ("When Putin stood before the diplomats on June 14 and set out …, he …. A day later, …": a "when" that opens
  // the sentence tells the story's day, not a background; discourse/anchored-days.)
  if (/^\W*when\b[^,]*$/i.test(before) && !/\bhad\b/i.test(before)) return false;
  return /\bhad\b|(?:^|[\s,])(?:which|who|where|when)\b[^,]*$/i.test(before);
}

export const countedFromEvent = defineRule({
  id: 'discourse/counted-from-event', stage: 'discourse',
  reason: 'A count of days or weeks before or after an event whose day follows it ("three days after the summit in Alaska on 15 August", "a day after the talks in Cairo on 3 June", "the week before the vote on 2 March") is that day moved by the count: the statement is dated by it, not by the event\'s day. The day must follow within the same clause (no comma or stop between) and be a day, not a month or a plan.',
});

/** "three days after", "a week before", "the day after": a count from the event named next (discourse/counted-from-event). */
const COUNTED_FROM = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?)|the (day|week)) (after|before)\b/gi;

/** How far back the day counted from is looked for. */
const SENTENCES_BACK = 15;

/** A day the text named, fit to count from: not a plan, not a range. (A day after "since" is a day of the story
 * too: "sceptical since last Tuesday, when the Kremlin said … . The White House said that day …".) */
const dayOf = (d: DateMention): string | null => (!d.future && typeof d.value === 'string' && d.value.length === 10 ? d.value : null);

export const anchoredSpans = defineRule({
  id: 'discourse/anchored-spans', stage: 'discourse',
  reason: 'A span of time named from the story\'s last date ("later that month", "later that year", "earlier that year", "that month", "that year", "the following week", "the next month", "the following year", "that spring", "that summer", "that autumn") is read against the date the text named last before it, in its sentence or up to fifteen sentences back, as discourse/anchored-days counts days: "met the envoy on 3 May 2025. Later that month, he demanded …" is 4 to 31 May 2025, "In June 2022 … Later that year" June to December 2022, "on 14 March 2024. The following week" 18 to 24 March. chrono reads "the next month" as a plan after publication and the others not at all. A span after publication is a plan, not a statement.',
});

/** "later that month", "earlier that year", "that spring", "the following week", "the next month", "the following year". */
const SPAN = /\b(?:(later|earlier) (?:that|the same|in the|in that) (month|year)|that (month|year|spring|summer|autumn|fall)|the (?:following|next|subsequent) (week|month|year))\b(?! (?:of|when|after|before)\b)/gi;
const SEASONS: Record<string, [string, string]> = { spring: ['03-01', '05-31'], summer: ['06-01', '08-31'], autumn: ['09-01', '11-30'], fall: ['09-01', '11-30'] };
const monthEnd = (y: number, m: number) => fmtDay(new Date(Date.UTC(y, m, 0, 12)));
const pad = (n: number) => String(n).padStart(2, '0');

/** The span `m` (a match of SPAN) read against the date `anchor` (a day, a month or a year), or null. */
function span(m: RegExpExecArray, anchor: string): DateMention['value'] {
  const y = Number(anchor.slice(0, 4)), mo = anchor.length >= 7 ? Number(anchor.slice(5, 7)) : 0;
  const day = anchor.length === 10 ? parseDay(anchor) : null;
  const unit = (m[2] ?? m[3] ?? m[4]).toLowerCase();
  if (m[1]) {
    const later = m[1].toLowerCase() === 'later';
    if (unit === 'month') {
      if (!mo) return null;
      const first = `${y}-${pad(mo)}-01`, last = monthEnd(y, mo);
      if (!day) return `${y}-${pad(mo)}`;
      return later ? { from: fmtDay(new Date(day.getTime() + 86_400_000)), to: last } : { from: first, to: fmtDay(new Date(day.getTime() - 86_400_000)) };
    }
    const start = day ? fmtDay(new Date(day.getTime() + (later ? 86_400_000 : -86_400_000))) : mo ? (later ? `${y}-${pad(mo)}-01` : monthEnd(y, mo)) : null;
    if (!start) return String(y);
    return later ? { from: start, to: `${y}-12-31` } : { from: `${y}-01-01`, to: start };
  }
  if (m[3]) {
    if (unit === 'month') return mo ? `${y}-${pad(mo)}` : null;
    if (unit === 'year') return String(y);
    const [a, b] = SEASONS[unit];
    return { from: `${y}-${a}`, to: `${y}-${b}` };
  }
  if (unit === 'week') {
    if (!day) return null;
    const monday = new Date(day.getTime() + (7 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
    return { from: fmtDay(monday), to: fmtDay(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  if (unit === 'month') { if (!mo) return null; const n = mo === 12 ? [y + 1, 1] : [y, mo + 1]; return `${n[0]}-${pad(n[1])}`; }
  return String(y + 1);
}

/** A date the text named, fit to read a span from: not a plan, not "since", not a range. */
const dateOf = (d: DateMention): string | null => (!d.future && !d.since && typeof d.value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(d.value) ? d.value : null);

/** Adds to `found` the spans read from the story's last date (discourse/anchored-spans). */
function addAnchoredSpans(text: string, found: DateMention[], k: number, sentences: Sentence[], dates: (j: number) => DateMention[], published: string | null): void {
  const s = sentences[k];
  const body = text.slice(s.start, s.end);
  if (!/\b(?:month|year|week|spring|summer|autumn|fall)\b/i.test(body)) return;
  const added: DateMention[] = [];
  for (const m of body.matchAll(SPAN)) {
    const start = s.start + m.index, end = start + m[0].length;
    if (found.some((d) => d.start < end && start < d.end && (d.start < start || d.end > end))) continue;
    let anchor: string | null = null;
    for (const d of found) if (d.end <= start && !(d.start >= start && d.end <= end) && !background(text, s.start, d)) anchor = dateOf(d) ?? anchor;
    for (let j = k - 1; anchor === null && j >= 0 && k - j <= SENTENCES_BACK; j--) {
      const ds = dates(j);
      for (let i = ds.length - 1; i >= 0 && anchor === null; i--) if (!background(text, sentences[j].start, ds[i])) anchor = dateOf(ds[i]);
    }
    if (anchor === null) continue;
    const value = span(m, anchor);
    if (value === null) continue;
    const from = typeof value === 'string' ? value : value.from;
    added.push({ start, end, text: m[0], value, future: !!published && from.slice(0, 10) > published, since: false });
  }
  if (!added.length) return;
  for (const a of added) for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= a.start && found[i].end <= a.end) found.splice(i, 1);
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * Adds to `found` (sentence `k`'s dates, in text order) the days counted from another day of the story
 * (discourse/anchored-days). `text` is the body, `dates(j)` an earlier sentence's mentions.
 */
export function addAnchoredDays(text: string, found: DateMention[], k: number, sentences: Sentence[], dates: (j: number) => DateMention[], published: string | null): void {
  addAnchoredSpans(text, found, k, sentences, dates, published);
  const s = sentences[k];
  const body = text.slice(s.start, s.end);
  if (!/\b(?:day|days|week|weeks|evening|morning|afternoon|night|hours?|minutes?)\b/i.test(body)) return;
  const added: DateMention[] = [];
  // (The matches are taken first: reading an earlier sentence's dates below may run this function on that sentence,
  // which would move a shared regex's lastIndex and read this sentence's expressions twice.)
  for (const m of body.matchAll(ANCHORED)) {
    const start = s.start + m.index, end = start + m[0].length;
    // (chrono reads "the day before" against the publication date: that reading gives way; another date stays.)
    if (found.some((d) => d.start < end && start < d.end && (d.start < start || d.end > end))) continue;
    const by = shift(m);
    if (by === null) continue;
    let anchor: string | null = null;
    for (const d of found) if (d.end <= start && !background(text, s.start, d)) anchor = dayOf(d) ?? anchor;
    for (let j = k - 1; anchor === null && j >= 0 && k - j <= SENTENCES_BACK; j--) {
      const ds = dates(j);
      for (let i = ds.length - 1; i >= 0 && anchor === null; i--) if (!background(text, sentences[j].start, ds[i])) anchor = dayOf(ds[i]);
    }
    if (anchor === null) continue;
    const value = fmtDay(new Date(parseDay(anchor).getTime() + by * 86_400_000));
    added.push({ start, end, text: m[0], value, future: !!published && value > published, since: false });
  }
  // ("Three days after the summit in Alaska on 15 August, …": the count moves the event's day that follows it,
  // discourse/counted-from-event.)
  for (const m of body.matchAll(COUNTED_FROM)) {
    const start = s.start + m.index, after = start + m[0].length;
    const d = found.find((x) => x.start >= after && x.start - after <= 60 && !/[,;.:]/.test(text.slice(after, x.start)));
    const day = d ? dayOf(d) : null;
    if (!d || !day) continue;
    const n = m[1] ? NUMBERS[m[1].toLowerCase()] : 1;
    const days = n * ((m[2] ?? m[3]).toLowerCase().startsWith('week') ? 7 : 1) * (m[4].toLowerCase() === 'before' ? -1 : 1);
    const value = fmtDay(new Date(parseDay(day).getTime() + days * 86_400_000));
    added.push({ start, end: d.end, text: text.slice(start, d.end), value, future: !!published && value > published, since: false });
  }
  if (!added.length) return;
  for (const a of added) for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= a.start && found[i].end <= a.end) found.splice(i, 1);
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}
