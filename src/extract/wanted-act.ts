// "wanted any deal to deal with the original sources of the conflict", "wants the settlement to enshrine the status
// of the Russian language", "wants the war to end": what a party wants a thing to do is an act it wants done, a
// demand, as when it wants another party to act ("wants Kyiv to withdraw"). Part of trigger/want-needs-act; the
// words that open such a thing are its `thingOpeners` in rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';

const ID = 'trigger/want-needs-act';
const stops = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'if', 'as', 'than']);
const notVerbs = new Set(['the', 'a', 'an', 'be', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** A short noun phrase opened by a determiner at `from`, then "to" and a verb: a thing that is to act. */
export function thingToAct(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  if (!doc.index.words(ID, 'thingOpeners').has(tokens[from]?.lower ?? '')) return false;
  for (let q = from + 1; q <= Math.min(from + 5, s.tEnd - 2); q++) {
    const w = tokens[q];
    if (!w.word || stops.has(w.lower)) return false;
    if (w.lower === 'to') {
      const v = tokens[q + 1];
      // ("wants the money to Ukraine": a place or a party after "to" is no verb; "to be" is: "to be the basis".)
      if (q === from + 1 || !v?.word || v.cap || (v.lower !== 'be' && notVerbs.has(v.lower))) return false;
      // What the thing is to do names an issue of the settlement ("to enshrine the status of the Russian
      // language"), not only the talks: "wants the conversation to be public", "wanted the arrangement to
      // continue" state a wish about a process, no term of it.
      for (let k = q + 1; k < Math.min(q + 10, s.tEnd); k++) {
        if (doc.issueAt.get(k)?.values.some((x) => x.issue !== '_noise' && x.issue !== 'talks' && !x.weak)) return true;
      }
      return false;
    }
  }
  return false;
}

/** A party coordinated after a party that ends at `end` ("Berlin and Paris", "Berlin, Paris and Rome"), if any. */
export function coordinatedAfter(actors: ActorMention[], doc: Doc, end: number): ActorMention | undefined {
  const w = doc.tokens[end]?.lower ?? '';
  if (w !== 'and' && w !== 'or' && w !== ',') return undefined;
  return actors.find((a) => a.start === end + 1 && !a.possessive);
}
