// Every actor mention of a sentence, uncoded ones included (doc.actorsBySentence holds only coded ones), grouped
// once per document on first use. Asking `doc.mentions.actors.find((a) => a.sentence === s.index && …)` scanned
// every mention of the document per call, quadratic in a long article's mentions (speed).
import type { Doc } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';

const bySentence = new WeakMap<Doc, Map<number, ActorMention[]>>();
const NONE: readonly ActorMention[] = [];

/** The document's actor mentions in sentence k, in document order (the order of doc.mentions.actors). */
export function sentenceActors(doc: Doc, k: number): readonly ActorMention[] {
  let m = bySentence.get(doc);
  if (!m) {
    m = new Map();
    for (const a of doc.mentions.actors) { const l = m.get(a.sentence); if (l) l.push(a); else m.set(a.sentence, [a]); }
    bySentence.set(doc, m);
  }
  return m.get(k) ?? NONE;
}
