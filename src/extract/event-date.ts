// A date that a future or conditional verb governs dates a scheduled event, not the statement: "The two
// presidents will talk more about it on Monday" (the sentence after a claim), "Putin told Trump that on
// Wednesday Russia and Ukraine would exchange 175 prisoners" (the call was on Tuesday). A date a speech verb
// governs is the statement's: "said on Monday he would meet Putin", "On Monday Zelensky said he would go".
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';

export const scheduledDate = defineRule({
  id: 'claim/scheduled-date', stage: 'claim',
  reason: 'A date in a clause whose verb is future or conditional ("will talk … on Monday", "that on Wednesday the sides would exchange prisoners"), right after a verb of happening ("propose that it take place in Geneva in June") or right after a word that opens a span ("a ceasefire starting today", "from Monday", "until Friday"), is the date of the event planned, not of the statement, unless a speech verb stands between the modal and the date ("said on Monday he would …"); the claim takes another date of its sentence or the publication window.',
});

/** How far (tokens) a verb of happening reaches to the date of its event: "resume direct negotiations with the
 * Ukrainian side in Istanbul on Thursday", "host a new round of talks between Serbia and Kosovo in July" (its object
 * and place stand between; a clause edge or a speech verb stops
 * the walk first). */
const HAPPENING_REACH = 12;

/**
 * The verb of happening at token `j` names a planned event whose date is at `d`, beyond four words: it is in its base
 * form ("to resume", "that the sides resume"; "place" only in "take place", not "took place") and no verb in the past
 * stands between ("took place after the United States this week agreed to …" is two events).
 */
function plannedHappening(doc: Doc, j: number, d: number): boolean {
  if (doc.tokens[j].lower === 'place' && doc.tokens[j - 1]?.lower !== 'take') return false;
  for (let k = j + 1; k < d; k++) { const t = doc.tokens[k]; if (t.word && !t.cap && /^[a-z]{3,}ed$/.test(t.lower)) return false; }
  return true;
}

/** Tokens that end the clause a date belongs to. */
const EDGE = new Set([',', ';', ':', 'that', 'but', 'when', 'which', 'while', 'because', '"', '(', ')']);

/** Every word the two walks below stop or decide at, as a word class: they pass over the other tokens. */
const DECIDING = defineWordClass('event-date words', (index) => [...index.words(scheduledDate.id), ...index.words(scheduledDate.id, 'happening'), ...index.words('speech-verbs'), ...EDGE]);

/** Does a future or conditional modal govern the date at token `d` of sentence `s` (no speech verb between)? */
export function datesScheduledEvent(doc: Doc, s: Sentence, d: number): boolean {
  const modals = doc.index.words(scheduledDate.id);
  const happening = doc.index.words(scheduledDate.id, 'happening');
  const speech = doc.index.words('speech-verbs');
  // ("a full ceasefire starting today", "from Monday", "until Friday": the date a span starts or ends at.)
  const spans = doc.index.words(scheduledDate.id, 'spanStarts');
  const before = (k: number) => doc.tokens[d - k]?.lower ?? '';
  if (spans.has(before(1)) || (spans.has(before(2)) && spans.has(before(1)))) return true;
  // ("a ceasefire starting on May 12", "beginning in June": the span word with its preposition.)
  if (spans.has(before(2)) && doc.index.words(scheduledDate.id, 'spanPrepositions').has(before(1))) return true;
  // ("a three-day ceasefire for May 8-10", "talks for Monday": the date an event is set for, up to three words after its noun.)
  if (before(1) === 'for') {
    const events = doc.index.words(scheduledDate.id, 'eventNouns');
    for (let k = 2; k <= 4 && d - k >= s.tStart; k++) if (events.has(before(k))) return true;
  }
  // Left of the date, back to the clause's edge: the nearest modal, verb of happening ("that it take place in
  // June") or speech verb decides.
  for (let j = d - 1; j >= s.tStart; j--) {
    if (!inClass(doc.tokens[j], DECIDING)) continue;
    const w = doc.tokens[j].lower;
    if (speech.has(w)) return false;
    if (modals.has(w) || (happening.has(w) && (j >= d - 4 || (j >= d - HAPPENING_REACH && plannedHappening(doc, j, d))))) return true;
    if (EDGE.has(w)) break;
  }
  // Right of the date, to the clause's edge: "that on Wednesday the sides would exchange …".
  for (let j = d + 1; j < s.tEnd; j++) {
    if (!inClass(doc.tokens[j], DECIDING)) continue;
    const w = doc.tokens[j].lower;
    if (speech.has(w)) return false;
    if (modals.has(w)) return true;
    if (EDGE.has(w)) break;
  }
  return false;
}
