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

export const nounThatClause = defineRule({
  id: 'content/noun-coordinated-that', stage: 'content',
  reason: '"Vucic said he backed the EU proposal for a new round, and that questions of territory could only be discussed with Serbia at the table": a that-clause coordinated after a comma with a stance noun whose own complement is no that-clause ("proposal for …", "Trump\'s offer to host …") is another complement of the verb of saying, a statement of its own: the noun\'s content ends before the comma (what is discussed there names no issue of the proposal) and a stance in the clause is no part of the noun\'s content (sentence/complement). Not a noun with a that-clause of its own ("the demand that Kyiv withdraw, and that …" coordinates the noun\'s clauses). The issue of a claim is the object of its stance (spec §1), not a word of the next statement.',
});

/** Noun stance ending at `end` (exclusive) whose complement is no that-clause: the comma opening ", and that …" between `end` and `to`, else -1 (content/noun-coordinated-that). */
export function nounCoordinatedThatAt(doc: Doc, end: number, to: number): number {
  const { tokens } = doc;
  // (A cue may take its own "that": "his demands that …".)
  if (tokens[end]?.lower === 'that' || tokens[end - 1]?.lower === 'that') return -1;
  const conjunctions = doc.index.words(coordinatedThatClause.id, 'conjunctions');
  for (let j = end; j < to - 1; j++) {
    // (Another that-clause or a colon first: the coordinated clause belongs to what stands there, "the formula: it
    // demands that …, that …, and that …".)
    if (tokens[j].lower === 'that' && (j < end + 2 || !conjunctions.has(tokens[j - 1].lower) || tokens[j - 2].text !== ',')) return -1;
    if (tokens[j].text === ':' || tokens[j].text === ';') return -1;
    if (tokens[j].lower !== 'that') continue;
    if (tokens[j + 1]?.word) return j - 2;
  }
  return -1;
}

/** The token where a coordinated that-clause opens between `from` and `to` (the next stance's start), else -1. */
export function coordinatedThatAt(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  const conjunctions = doc.index.words(coordinatedThatClause.id, 'conjunctions');
  const subjects = doc.index.words(coordinatedThatClause.id, 'subjects');
  for (let j = from; j < to - 1; j++) {
    if (tokens[j].lower !== 'that' || j === from) continue;
    let c = j - 1;
    if (!conjunctions.has(tokens[c].lower)) continue;
    const comma = tokens[c - 1]?.text === ',';
    if (comma) c--;
    const n = tokens[j + 1];
    // (After a comma any word opens the clause's subject, a bare plural too: ", and that questions of territory …".)
    if (n && n.word && (n.cap || subjects.has(n.lower) || comma)) return c;
  }
  return -1;
}
