// A phrase of time that opens a stance's content ("the guarantees Ukraine will need after a ceasefire", "wants after
// the truce a full withdrawal", "is required by Moscow before any ceasefire") says when, not what is held: its
// issue words name no issue of the stance (content/leading-time-phrase). items.ts skips it.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { objectHead } from './object-phrase.js';
import { wordList } from '../annotate/lexicon-index.js';

export const leadingTimePhrase = defineRule({
  id: 'content/leading-time-phrase', stage: 'content',
  reason: 'A phrase of time right after a stance\'s cue (or after its passive agent, "required by Baku before any truce") opens no content: "the monitors Armenia will need after a ceasefire" needs no ceasefire, "wants after the truce a full withdrawal of the RSF" wants the withdrawal, "demanded before any ceasefire the withdrawal of troops" demands the withdrawal. One of \'prepositions\' and one of \'determiners\' up to the head of the noun phrase (through "of": "after the end of hostilities") are skipped; "only after a ceasefire" (a condition, cue "condition") and a phrase after the object ("demanded a ceasefire after the talks") are not this.',
});

// (Handles: leadingTimeEnd is asked at every token of a content, speed.)
const PREPOSITIONS = wordList(leadingTimePhrase.id, 'prepositions');
const DETERMINERS = wordList(leadingTimePhrase.id, 'determiners');
const CONDITION_CUES = wordList(leadingTimePhrase.id, 'conditionCues');

/** The end (exclusive) of a phrase of time that opens the content of `t` at `i`, or -1 (content/leading-time-phrase). */
export function leadingTimeEnd(doc: Doc, t: Trigger, i: number): number {
  const { tokens } = doc;
  if (i < t.end || tokens[i]?.lower === undefined) return -1;
  // ("elections could only take place after a ceasefire", "talks can only begin after the withdrawal": after a cue of
  // condition the phrase of time is the condition itself, what is demanded, 'conditionCues'.)
  if (t.cue && CONDITION_CUES(doc.index).has(t.cue.id)) return -1;
  const preps = PREPOSITIONS(doc.index);
  if (!preps.has(tokens[i].lower) || !DETERMINERS(doc.index).has(tokens[i + 1]?.lower ?? '')) return -1;
  // Right after the cue, or after its passive agent ("by" and a party).
  let lead = t.end;
  const s = doc.sentences[doc.sentenceOf[t.start] ?? 0];
  if (tokens[lead]?.lower === 'by') {
    const agent = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === lead + 1);
    if (agent) lead = agent.end;
  }
  if (i !== lead) return -1;
  let head = objectHead(doc, s, i + 1);
  if (head < 0) return -1;
  // ("after the end of hostilities": through "of" to the head of the noun it governs.)
  while (tokens[head + 1]?.lower === 'of' && head + 2 < s.tEnd) {
    const next = objectHead(doc, s, head + 2);
    if (next < 0) break;
    head = next;
  }
  // (A term of several words at the head is skipped whole: "after a peace treaty".)
  let end = head + 1;
  for (let k = i; k <= head; k++) { const term = doc.issueAt.get(k); if (term && term.end > end) end = term.end; }
  return end <= s.tEnd ? end : -1;
}
