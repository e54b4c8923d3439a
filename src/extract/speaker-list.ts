// "Within an hour of the U.S. statements, the Kremlin published its own reading. The arrangement, it said, will come
// into force only after a list of conditions is met:" + bullets: the list's sentence has a speaker of its own, and a
// document named earlier in the paragraph by another party (the U.S. statements) is not the list's author. The
// speaker sets the conditions; its party holds the items. Word lists: none (the speech verbs of holder.ts).
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { speechVerbs } from './holder.js';

export const speakerList = defineRule({
  id: 'content/speaker-list-introducer', stage: 'content',
  reason: 'A typed list introduced by a sentence with a speaker of its own ("The arrangement, it said, will come into force only after a list of conditions is met:", "Moscow said the truce would start once the following conditions were met:") belongs to that speaker\'s party, not to a document another party wrote that an earlier sentence of the paragraph names ("Within an hour of the U.S. statements, the Kremlin published its own reading."): the document is what the speaker answers, the list is the speaker\'s own. Only a party that is a subject right before a verb of saying ("it said", "Moscow said") or right after one in a parenthesis (", said Moscow"), none of the document\'s authors.',
});

/** The codes of the speaker of sentence k ("…, it said, …", "Moscow said …") when none of `authors` is among them, else null. */
export function listSpeakerOf(doc: Doc, k: number, authors: string[]): string[] | null {
  const { tokens } = doc;
  const verbs = speechVerbs(doc);
  for (const m of doc.actorsBySentence.get(k) ?? []) {
    if (!m.codes.length || m.possessive || m.object || m.inQuote || m.document) continue;
    const saysAfter = verbs.has(tokens[m.end]?.lower ?? '');
    const saysBefore = verbs.has(tokens[m.start - 1]?.lower ?? '') && tokens[m.start - 2]?.text === ',';
    if (!saysAfter && !saysBefore) continue;
    return m.codes.some((c) => authors.includes(c)) ? null : [...m.codes];
  }
  return null;
}
