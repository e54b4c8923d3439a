// The years a retrospective is about: a memoir, a fact-check or an anniversary piece says so in its title ("… recalls
// the Belarus rounds of 2022", "Did Johnson stop a peace deal in 2022?", "Minsk II, 2015-2022"). Its story runs in
// those years, paragraphs at a time with no year repeated, so a month it names without one ("On 3 March, …") is
// still in the year of the last date the story gave, however far back (discourse/retrospective-year, read by
// narrative-year.ts), where a news report's far dates are background it has moved on from.
import { defineRule } from '../extract/rules/registry.js';
import type { DateMention } from './dates.js';

export const retrospectiveYear = defineRule({
  id: 'discourse/retrospective-year', stage: 'discourse',
  reason: 'An article whose title names only years before its publication ("… recalls the Belarus rounds of 2022", "a peace deal in 2022?", "Minsk II, 2015-2022"; not "pre-2014 borders") looks back on them: a month it gives without a year, with no date in the three sentences before, takes the year of the last date (to the month) the text gave before it, however far back, when that date is in one of those years and no other time is named in between ("The table stood … on 28 February 2022. … [two paragraphs] … On 3 March, the two sides agreed …" = 2022-03-03). A bare "now" names no time of the story. A news report\'s title names the current year or none, and its far dates stay background.',
});

/** A year standing alone in a title, or a range of years ("2015-2022"); not a hyphened "pre-2014", "post-2022". */
const TITLE_YEAR = /(?<![-–\w])((?:19|20)\d\d)(?:[-–]((?:19|20)\d\d))?(?![-–\w])/g;

/**
 * The years the title `title` looks back on, given the publication day `published`: every year it names, when all
 * are before the publication's year; else none (discourse/retrospective-year).
 */
export function retrospectiveYears(title: string | null, published: string | null): ReadonlySet<number> {
  const years = new Set<number>();
  if (!title || !published) return years;
  const pub = Number(published.slice(0, 4));
  for (const m of title.matchAll(TITLE_YEAR)) {
    const a = Number(m[1]), b = m[2] ? Number(m[2]) : a;
    if (a >= pub || b >= pub || b < a || b - a > 20) return new Set();
    for (let y = a; y <= b; y++) years.add(y);
  }
  return years;
}

export const reviewYear = defineRule({
  id: 'discourse/review-year', stage: 'discourse',
  reason: 'A review of a book, a film or a documentary ("Book review - \'Thirty-Five Days\' by …") retells the story of its subject, whose years its title seldom names: the years before publication that its opening paragraphs give ("a photo of the Istanbul round, 29 March 2022", "the spring of 2022") are the years it looks back on, as a retrospective\'s title years are (discourse/retrospective-year): a month it names later with no year ("the April drafts that followed") is in the year of the last date the story gave.',
});

/** A title that announces a review of a work ("Book review - …", "Film review: …", "Review: …"); not a press review. */
const REVIEW_TITLE = /\b(?:book|film|documentary|memoir|biography)\s+review\b|^\W*review\s*[:\-–—]/i;
/** How many of the body's first paragraphs give the years a review looks back on. */
const REVIEW_LEAD_PARAGRAPHS = 3;

/**
 * The years a review's opening paragraphs give before the publication's year (discourse/review-year): `paragraphs`
 * lists each sentence's paragraph, `datesIn(k)` the dates of sentence `k` read with no narrative year. None when the
 * title is no review's, or the lead names more than two such years.
 */
export function reviewYears(title: string | null, published: string | null, paragraphs: readonly number[], datesIn: (k: number) => DateMention[]): ReadonlySet<number> {
  const years = new Set<number>();
  if (!title || !published || !REVIEW_TITLE.test(title) || /\bpress review\b/i.test(title)) return years;
  const pub = Number(published.slice(0, 4));
  for (let k = 0; k < paragraphs.length && paragraphs[k] <= REVIEW_LEAD_PARAGRAPHS; k++) {
    for (const d of datesIn(k)) {
      if (d.yearless || d.future || typeof d.value !== 'string' || !/(?:19|20)\d\d/.test(d.text)) continue;
      const y = Number(d.value.slice(0, 4));
      if (y < pub) years.add(y);
    }
  }
  return years.size <= 2 ? years : new Set();
}
