// A plan noun that a verb of authoring makes ("they had produced an updated peace framework", "Qatar and Egypt
// drew up a framework for a truce", "the envoys hammered out a plan for a prisoner exchange") is its subject's
// new proposal: the indefinite article says it is new, the verb who made it. holder/noun-needs-possessor
// otherwise leaves a plan noun with no possessor to nobody ("a plan to freeze the front was discussed").
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

const rule = defineRule({
  id: 'holder/authored-noun', stage: 'holder',
  reason: "A plan noun after 'a/an' that a verb of authoring governs ('produced a framework', 'drew up a plan', 'worked out a roadmap') is held by that verb's subject, found by the later holder rules; a plan noun with no possessor and no such verb stays nobody's (holder/noun-needs-possessor).",
});

/** True when the noun at `t` is the object of a verb of authoring through "a/an" and its modifiers. */
export function authoredByVerb(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const stops = doc.index.words(rule.id, 'stops');
  let det = -1;
  for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 8); j--) {
    const w = tokens[j];
    if (w.lower === 'a' || w.lower === 'an') { det = j; break; }
    if (!w.word && w.text !== '"' && w.text !== '-') return false;
    if (stops.has(w.lower)) return false;
  }
  if (det < 0) return false;
  let v = det - 1;
  if (/ly$/.test(tokens[v]?.lower ?? '')) v--;
  const verb = tokens[v]?.lower ?? '';
  let at = -1;
  if (doc.index.words(rule.id, 'verbs').has(verb)) at = v;
  // "drew up", "worked out", "hammered out", "put together": a particle after the verb.
  else if (doc.index.words(rule.id, 'particles').has(verb) && doc.index.words(rule.id, 'phrasalVerbs').has(tokens[v - 1]?.lower ?? '')) at = v - 1;
  if (at < 0) return false;
  // A verb that is a stance cue of its own ("unveiled a five-point plan", "drafted a plan") takes the plan as
  // its object: the noun is no second stance.
  return !(doc.cuesBySentence.get(s.index) ?? []).some((c) => c.start <= at && at < c.end);
}
