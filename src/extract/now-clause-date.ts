// "Serbia rejected the Brussels agreement in 2013, and it now demands autonomy for the Serb municipalities", "Two
// years ago Baku demanded a corridor; now it offers a road": a date in an earlier clause dates that clause's event;
// a later clause joined to it by "and", "but", "while" or a semicolon and saying "now" is the position at the time of
// writing, dated by the publication window, not by the earlier clause's year.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { DateMention } from '../annotate/dates.js';
import { defineRule } from './rules/registry.js';

export const nowClauseDate = defineRule({
  id: 'claim/now-clause-date', stage: 'claim',
  reason: 'A stance in a clause that says "now" ("…, and it now demands …", "…; now it offers …", "…, but Kyiv is now ready …") after another clause of its sentence, joined by "and", "but", "while", "whereas", "yet" or a semicolon, is held at the time of writing: a date of the earlier clause ("rejected the agreement in 2013") dates that clause\'s event, and the stance takes the publication window. Without a clause between them ("In March, Kyiv said it now accepts …") the "now" is the speech\'s and the date stays.',
});

const JOINS = new Set([';', 'but', 'while', 'whereas', 'yet']);

/**
 * Between date `d` and the stance at token `cue` (the date first) stands a clause join, then "now" (`nows`, the
 * sentence's mentions of "now") before the stance (claim/now-clause-date).
 */
export function nowClauseAfter(doc: Doc, s: Sentence, d: DateMention, cue: number, nows: DateMention[]): boolean {
  const cueAt = doc.tokens[cue].start;
  const now = nows.find((n) => n.start >= d.end && n.end <= cueAt);
  if (!now) return false;
  for (let j = s.tStart; j < s.tEnd && doc.tokens[j].start < now.start; j++) {
    const t = doc.tokens[j];
    if (t.start < d.end) continue;
    if (JOINS.has(t.lower) || (t.text === ',' && doc.tokens[j + 1]?.lower === 'and')) return true;
  }
  return false;
}
