// The article's anchor date when its header gives no publication date: a dateline or caption date
// ("KYIV, March 10, 2022 (Reuters) –", "Kyiv, 4 March 2025"), else the latest full date the text gives.
// Relative expressions ("on Tuesday") resolve against it and undated positions default to a window
// ending at it (spec rule 11: a date in a caption or dateline inside the text counts as text).
import type { SentenceSpan } from './sentences.js';
import { findDates } from './dates.js';
import { defineRule } from '../extract/rules/registry.js';

export const anchorRule = defineRule({
  id: 'discourse/anchor-date', stage: 'discourse',
  reason: 'With no publication date in the header, a full date in the first paragraphs (a dateline or caption) anchors the article, else the latest full date in the text; a day and month without a year anchors nothing (spec rule 11).',
});

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_YEAR = /\b(?:19|20)\d\d\b/;

export function anchorDate(text: string, sentences: SentenceSpan[]): string | null {
  let lead: string | null = null;
  let latest: string | null = null;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // Only a sentence with a year can hold a full date: parsing the others is wasted (chrono is slow).
    if (!HAS_YEAR.test(sentence)) continue;
    for (const d of findDates(sentence, s.start, null)) {
      if (typeof d.value !== 'string' || !FULL_DAY.test(d.value) || !HAS_YEAR.test(d.text)) continue;
      if (s.paragraph <= 1 && !lead) lead = d.value;
      if (!latest || d.value > latest) latest = d.value;
    }
  }
  return lead ?? latest;
}
