// "Sandu repeated that any settlement must not turn Transnistria into a bargaining chip and that the Russian troops
// stationed there must leave": a second that-clause coordinated with the first ("and that", "but that") reports
// another statement; when the next stance of the sentence stands in it, the first stance's content ends before the
// conjunction, not at the next stance's cue (issue 7, content scope).
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const coordinatedThatClause = defineRule({
  id: 'content/coordinated-that-clause', stage: 'content',
  reason: '"Pashinyan said Armenia must not become a pawn and that the Azerbaijani troops stationed near Jermuk must leave", "Kurti said Kosovo would never accept partition, and that Serbian police must leave the north": a that-clause coordinated after a stance (one of \'conjunctions\', past a comma, then "that" and the start of a subject: a determiner, a capitalised word or one of \'subjects\') is another reported statement; when the next stance of the sentence stands in it, this stance\'s content ends before the conjunction, so the subject of the second clause ("the Russian troops stationed there") names none of the first stance\'s issues.',
});

/** The token where a coordinated that-clause opens between `from` and `to` (the next stance's start), else -1. */
export function coordinatedThatAt(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  const conjunctions = doc.index.words(coordinatedThatClause.id, 'conjunctions');
  const subjects = doc.index.words(coordinatedThatClause.id, 'subjects');
  for (let j = from; j < to - 1; j++) {
    if (tokens[j].lower !== 'that' || j === from) continue;
    let c = j - 1;
    if (!conjunctions.has(tokens[c].lower)) continue;
    if (tokens[c - 1]?.text === ',') c--;
    const n = tokens[j + 1];
    if (n && n.word && (n.cap || subjects.has(n.lower))) return c;
  }
  return -1;
}
