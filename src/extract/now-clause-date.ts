// "Serbia rejected the Brussels agreement in 2013, and it now demands autonomy for the Serb municipalities", "Two
// years ago Baku demanded a corridor; now it offers a road": a date in an earlier clause dates that clause's event;
// a later clause joined to it by "and", "but", "while" or a semicolon and saying "now" is the position at the time of
// writing, dated by the publication window, not by the earlier clause's year. So is a later clause in the simple
// present ("The group, set up last year, remains open, and China stands ready to …"), when the earlier date is past
// the publication window and does not open the sentence (a timeline's historical present keeps its entry's day).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { DateMention } from '../annotate/dates.js';
import { defineRule } from './rules/registry.js';

export const nowClauseDate = defineRule({
  id: 'claim/now-clause-date', stage: 'claim',
  reason: 'A stance in a clause that says "now" ("…, and it now demands …", "…; now it offers …", "…, but Kyiv is now ready …"), or in the simple present ("The group, set up in 2023, remains open, and China stands ready to …"), after another clause of its sentence, joined by "and", "but", "while", "whereas", "yet" or a semicolon, is held at the time of writing: a date of the earlier clause ("rejected the agreement in 2013") dates that clause\'s event, and the stance takes the publication window. Without a clause between them ("In March, Kyiv said it now accepts …") the "now" is the speech\'s and the date stays; for the simple present, a date that opens the sentence (a timeline\'s "May 11: Putin proposes …, and Kyiv agrees") or one within the publication window stays too.',
});

const JOINS = new Set([';', 'but', 'while', 'whereas', 'yet']);

/**
 * Between date `d` and the stance at token `cue` (the date first) stands a clause join, then "now" (`nows`, the
 * sentence's mentions of "now") before the stance (claim/now-clause-date).
 */
export function nowClauseAfter(doc: Doc, s: Sentence, d: DateMention, cue: number, nows: DateMention[]): boolean {
  const cueAt = doc.tokens[cue].start;
  const now = nows.find((n) => n.start >= d.end && n.end <= cueAt);
  return !!now && joinBetween(doc, s, d, now.start);
}

/** A clause join (", and", "but", "while", "whereas", "yet", ";") between date `d` and body offset `at`. */
export function joinBetween(doc: Doc, s: Sentence, d: DateMention, at: number): boolean {
  for (let j = s.tStart; j < s.tEnd && doc.tokens[j].start < at; j++) {
    const t = doc.tokens[j];
    if (t.start < d.end) continue;
    if (JOINS.has(t.lower) || (t.text === ',' && doc.tokens[j + 1]?.lower === 'and')) return true;
  }
  return false;
}
