// "Kosovo countered with a proposal for a prisoner swap", "Baku responded with an offer to pull back": a verb of
// answering followed by "with a/an" introduces a new stance of the verb's subject, as a verb of making does
// ("submitted a request for"). Without it the indefinite noun is read as no one's (trigger/reference-back drops
// "a proposal", holder/noun-needs-possessor leaves it to nobody).
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

const rule = defineRule({
  id: 'trigger/answered-with', stage: 'trigger',
  reason: '"Kosovo countered with a proposal for a prisoner swap", "Baku responded with an offer to pull back", "Israel came back with a demand that …": a verb of answering (rules.json verbs, one or two words, past one -ly adverb) before "with a/an" makes the noun its subject\'s new stance, like a verb of making (trigger/reference-back makingVerbs); the nearest subject then holds it.',
});

/** True when the article at `det` ("a"/"an") follows "with" after a verb of answering ("countered with a …"). */
export function answeredWith(doc: Doc, det: number): boolean {
  const { tokens } = doc;
  const w = tokens[det]?.lower;
  if ((w !== 'a' && w !== 'an') || tokens[det - 1]?.lower !== 'with') return false;
  let v = det - 2;
  if (/^[a-z]{3,}ly$/.test(tokens[v]?.lower ?? '')) v--;
  const verbs = doc.index.words(rule.id, 'verbs');
  return verbs.has(tokens[v]?.lower ?? '') || verbs.has(`${tokens[v - 1]?.lower ?? ''} ${tokens[v]?.lower ?? ''}`);
}
