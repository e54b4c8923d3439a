// The year of a date the text gives without one ("On April 2, Baku rejected …"), read from the narrative
// around it rather than from the publication date: a long-read, a fact-check or a timeline that has just said
// "The delegations first met in Prague on March 29, 2023" goes on in 2023, even when it was published in 2025.
import type { Sentence } from './annotate.js';
import { parseDay, fmtDay, type DateMention } from './dates.js';
import { defineRule } from '../extract/rules/registry.js';

export const narrativeYear = defineRule({
  id: 'discourse/narrative-year', stage: 'discourse',
  reason: 'A month (and day) with no year takes the year that puts it nearest to the last date (to the month) before it, earlier in its sentence or in the three sentences before, in its paragraph or the one before ("met in Prague on March 29, 2023. On April 2, Baku rejected …" = 2023-04-02; "on December 3, 2024 … On January 15" = 2025-01-15), never after publication. Not a date a relative clause or "since" gives as background ("the deal, from which it withdrew in July 2023, …", "stuck in port since February 2022"); with no date near it, the publication date decides as before.',
});

export const narrativeForward = defineRule({
  id: 'discourse/narrative-forward', stage: 'discourse',
  reason: 'A story told in order moves forward in time: a month with no year after a dated one is in the same year or, when nearer, the next ("In January 2025, … In December, …" = December 2025, not the December before; "on December 3, 2024 … On January 15" = 2025), and the year before only in a pluperfect ("had said in December") or when both later ones would be after publication (a month is after publication only from its first day: "in the second half of June", in a paper of 9 June after a story in March, is this June). A retrospective of a single year ("2025 in review", "the diplomacy of 2025") gives that year to a month it names before any other date (the reviewed year itself, named in a summary, "in 2025 the mediators tried again", is no other date).',
});
/** A pluperfect in the sentence: a month there may be the year before the story's. */
const HAD = /\bhad\b/i;

/**
 * A date named before mention `m`, in its sentence or any sentence before (a retrospective's first months): not the
 * reviewed year itself ("Summary: in 2025 the mediators tried again", before the heading "JANUARY.").
 */
function named0(found: DateMention[], m: DateMention, k: number, dates: (j: number) => DateMention[], retro: ReadonlySet<number>): boolean {
  const other = (d: DateMention) => !d.future && !bareNow(d) && !(typeof d.value === 'string' && d.value.length === 4 && retro.has(Number(d.value)));
  if (found.some((d) => d.start < m.start && other(d))) return true;
  for (let j = k - 1; j >= 0; j--) if (dates(j).some(other)) return true;
  return false;
}

/** How far back the narrative's last date is looked for: three sentences, in this paragraph or the one before. */
const SENTENCES_BACK = 3;
/** Words that open a relative clause: a date after one, back to the clause's comma, is background. */
const RELATIVE = /(?:^|[\s,])(?:which|who|whom|whose|where|when)\b[^,]*$/i;

/** A date to the month at least ("March 29, 2023", "in October 2024", "On April 2" read before), not background. */
function narrativeDate(d: DateMention, text: string, sentenceStart: number): string | null {
  if (bareNow(d) || d.future || d.since || typeof d.value !== 'string' || d.value.length < 4) return null;
  const before = text.slice(sentenceStart, d.start);
  // (A year alone sets the narrative's year only where it opens its sentence, "In 2023, the talks stalled.", or is a
  // heading line, "2024": discourse/narrative-year-opening. "the regions annexed in 2022" is background.)
  if (d.value.length === 4 && !YEAR_OPENING.test(before)) return null;
  if (RELATIVE.test(before)) return null;
  return d.value;
}

export const narrativeYearOpening = defineRule({
  id: 'discourse/narrative-year-opening', stage: 'discourse',
  reason: 'A year that opens its sentence ("In 2023, the talks stalled.", "By 2024, …", "Throughout 2022 …") or stands as a heading line ("2024") sets the year of the story told after it: a month with no year in the sentences that follow ("In March, Baku demanded …", "Kosovo offered in June …") is in that year, never after publication. A year elsewhere in a sentence ("the regions annexed in 2022", "the 2014 accords") is background and sets nothing.',
});

/** What may stand before a year that opens its sentence (discourse/narrative-year-opening). */
const YEAR_OPENING = /^\W*(?:(?:in|by|during|throughout|through|for|across|over)\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * A bare "now" ("People now ask me …", "now it was on the radio"): the time of the writing or of the story's moment,
 * never a date the story has reached, so it neither gives nor ends the narrative's year.
 */
const NOW = /^(?:right )?now$/i;
const bareNow = (d: DateMention) => NOW.test(d.text.trim());

const NO_YEARS: ReadonlySet<number> = new Set();

/** The mention's day (or month's 15th) as a time, for distances between dates. */
const timeOf = (v: string) => parseDay(v.length === 7 ? `${v}-15` : v).getTime();
/** The mention's day (or month's first day) as a time: whether it may be before publication. */
const firstDayOf = (v: string) => parseDay(v.length === 7 ? `${v}-01` : v).getTime();

/**
 * Gives the yearless mentions of sentence `k` (`found`, in text order) the year of the narrative around them
 * (discourse/narrative-year). `text` is the body, `dates(j)` reads an earlier sentence's mentions, `published`
 * bounds the result; `retro`, the years a retrospective's title looks back on, lets the year come from further back
 * (discourse/retrospective-year).
 */
export function applyNarrativeYear(text: string, found: DateMention[], k: number, sentences: Sentence[], dates: (j: number) => DateMention[], published: string, retro: ReadonlySet<number> = NO_YEARS): void {
  const pub = parseDay(published).getTime();
  for (const m of found) {
    if (!m.yearless || m.planned || typeof m.value !== 'string') continue;
    // The last date before it: earlier in its own sentence, else in the three sentences before.
    let context: string | null = null;
    for (const d of found) if (d.start < m.start) context = narrativeDate(d, text, sentences[k].start) ?? context;
    let timeNamed = false;
    for (let j = k - 1; context === null && j >= 0; j--) {
      const near = k - j <= SENTENCES_BACK && sentences[j].paragraph >= sentences[k].paragraph - 1;
      if (!near && !retro.size) break;
      const ds = dates(j);
      for (let i = ds.length - 1; i >= 0 && context === null; i--) context = narrativeDate(ds[i], text, sentences[j].start);
      // (A time named nearer, "Last week, the mediators said …", ends the reach beyond the near sentences.)
      const named = ds.some((d) => !d.future && !bareNow(d));
      if (near) { timeNamed ||= named; continue; }
      if (timeNamed) break;
      // (Further back, in a retrospective only, the last sentence that names a time decides: a story told in 2022
      // with no other time named since its last date is still in 2022, discourse/retrospective-year; one that names
      // another time, even as background, has moved on.)
      if (context !== null && !retro.has(Number(context.slice(0, 4)))) { context = null; break; }
      if (named) break;
    }
    // (A retrospective of one year, "2025 in review", with no date before the month: that year, discourse/narrative-forward.)
    if (context === null && retro.size === 1 && !named0(found, m, k, dates, retro)) context = String([...retro][0]);
    if (context === null) continue;
    const year = Number(context.slice(0, 4));
    const rest = m.value.slice(4);
    // (A year alone: the month is in that year, discourse/narrative-year-opening.)
    if (context.length === 4) {
      const v = `${year}${rest}`;
      if ((v.length !== 10 || fmtDay(parseDay(v)) === v) && firstDayOf(v) <= pub + 43_200_000) { m.value = v; m.future = false; }
      continue;
    }
    const at = timeOf(context);
    let best: string | null = null, bestGap = Infinity;
    // (A story told in order moves forward: a month before the last one is the same year's or the next year's,
    // whichever is nearer; the year before only in a pluperfect, "had said in December", or when both later ones are
    // after publication: discourse/narrative-forward.)
    const back = HAD.test(text.slice(sentences[k].start, sentences[k].end));
    for (const y of [year, year + 1, year - 1]) {
      const v = `${y}${rest}`;
      // (Not a day that does not exist in that year, "February 29", nor a date after publication.)
      if (v.length === 10 && fmtDay(parseDay(v)) !== v) continue;
      const t = timeOf(v);
      // (A month is after publication only when its first day is: "June" in a paper of 9 June is this June.)
      if (firstDayOf(v) > pub + 43_200_000) continue;
      if (y === year - 1 && best !== null && !back) continue;
      const gap = Math.abs(t - at);
      if (gap < bestGap) { best = v; bestGap = gap; }
    }
    // (Chrono's guess of a coming date, "On January 15" in a paper of 1 December, gives way to the story's past one.)
    // (Not when the story is at the present: "talks were held on November 20; the next round is on January 15".)
    if (best && best !== m.value) { m.value = best; if (at < pub - 60 * 86_400_000) m.future = false; }
  }
}
