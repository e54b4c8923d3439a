// "the primary causes of the conflict must be addressed while acknowledging that …", "the security of Armenia
// should also be guaranteed": a deontic in the passive demands its subject, whatever follows the participle (a
// new clause, a purpose, a time), like a deontic with a verb of stopping (content/condition-subject). Words:
// rules.json content/condition-subject 'passiveSkips' (adverbs between) and 'participles' (irregular ones).
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';

const ID = 'content/condition-subject';

/** The index just past the participle when a deontic `t` is passive ("must be addressed"), else -1. */
export function deonticPassiveEnd(doc: Doc, t: Trigger): number {
  const { tokens } = doc;
  const skips = doc.index.words(ID, 'passiveSkips');
  let k = t.end;
  let be = tokens[k - 1]?.lower === 'be';
  while (k < t.end + 4 && tokens[k]?.word) {
    const w = tokens[k].lower;
    if (!be && w === 'be') { be = true; k++; continue; }
    if (skips.has(w)) { k++; continue; }
    break;
  }
  const p = tokens[k];
  if (!be || !p?.word || p.cap) return -1;
  // (A participle that names an issue itself says what is demanded: "had to be recognised", "must be withdrawn";
  // but recognising a conference or an agreement is about the talks, as in content/items: "any conference
  // should be recognised by both sides" demands its subject.)
  if (doc.issueAt.has(k) && !recognisedMeeting(doc, t, k)) return -1;
  return /[a-z]{3,}ed$/.test(p.lower) || doc.index.words(ID, 'participles').has(p.lower) ? k + 1 : -1;
}

/** The opening quote of a short quoted phrase (four words at most) whose closing quote is at `close`, else -1. */
export function scareQuoteOpen(doc: Doc, close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 5); k--) {
    const x = doc.tokens[k];
    if (x.text === '"') return k < close - 1 ? k : -1;
    if (!x.word) return -1;
  }
  return -1;
}

/** Where the passive's own phrase ends, from `from` up to `to`: at a clause opener ('clauseEnds') or a stop. */
export function passiveClauseEnd(doc: Doc, from: number, to: number): number {
  const ends = doc.index.words(ID, 'clauseEnds');
  for (let k = from; k < to; k++) if (ends.has(doc.tokens[k].lower)) return k;
  return to;
}

/** Some token of [from, to) carries a term of `issue` ("by a UN peacekeeping force" names security guarantees). */
export function namesIssue(doc: Doc, from: number, to: number, issue: string): boolean {
  for (let k = from; k < to; k++) if (doc.issueAt.get(k)?.values.some((v) => v.issue === issue && !v.weak)) return true;
  return false;
}

/** "any conference should be recognised": a participle of recognition whose subject is a meeting or an agreement. */
function recognisedMeeting(doc: Doc, t: Trigger, k: number): boolean {
  if (!doc.issueAt.get(k)?.values.some((v) => v.issue === 'recognition')) return false;
  const nouns = doc.index.words(ID, 'recognisedNouns');
  for (let j = t.start - 1; j >= Math.max(0, t.start - 3); j--) if (nouns.has(doc.tokens[j].lower)) return true;
  return false;
}
