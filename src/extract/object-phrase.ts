// The noun phrase a stance verb takes as its object: "welcomed [the China-Brazil peace initiative]",
// "criticized [Trump's 28-point plan]". Its head says what the stance is about when the phrase names no
// issue (a whole plan is talks, spec rule 9), and a stance noun at its head is the object, not a new stance.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

const objectHeadRule = defineRule({
  id: 'content/object-head', stage: 'content',
  reason: 'The head of a stance verb\'s object: past determiners, quantifiers ("any deal") and modifiers ("the peace plan"), and past a noun of returning ("a return to the 2022 draft"); a modifier before a relative pronoun is the head itself ("any settlement that would …").',
});

/** Index of the head noun of the noun phrase starting at `from`, or -1 when none is found within a few words. */
export function objectHead(doc: Doc, s: Sentence, from: number): number {
  const { tokens } = doc;
  const modifiers = doc.index.words('discourse/documents', 'modifiers');
  const determiners = doc.index.words('discourse/documents', 'determiners');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let j = from;
  // ("rejected any deal that would …": a quantifier is a determiner too.)
  if (j < s.tEnd && (determiners.has(tokens[j].lower) || doc.index.words(objectHeadRule.id, 'quantifiers').has(tokens[j].lower))) j++;
  // ("dismissing a return to the 2022 draft": a return to a plan names the plan.)
  if (doc.index.words(objectHeadRule.id, 'returnNouns').has(tokens[j]?.lower ?? '') && (tokens[j + 1]?.lower === 'to' || tokens[j + 1]?.lower === 'of')) {
    j += 2;
    if (j < s.tEnd && determiners.has(tokens[j].lower)) j++;
  }
  let last = -1;
  for (let n = 0; j < s.tEnd && n < 8; n++) {
    const a = actors.find((x) => x.start === j);
    if (a) { j = a.end; if (tokens[j]?.text === "'") { j++; if (tokens[j]?.lower === 's') j++; } continue; }
    const t = tokens[j];
    // (A modifier before a relative pronoun or the end is the head itself: "any settlement that would …".)
    const nextLower = tokens[j + 1]?.lower ?? '';
    const headHere = !tokens[j + 1]?.word || nextLower === 'that' || nextLower === 'which' || nextLower === 'who';
    // ("the Brazilian six-point initiative", "a long-term deal": the words of a hyphenated compound modify the head.)
    const compound = tokens[j + 1]?.text === '-' || (tokens[j - 1]?.text === '-' && !headHere);
    if (t.text === '-' || /^\d/.test(t.text) || (modifiers.has(t.lower) && !headHere) || (t.cap && t.word) || compound) { last = j; j++; continue; }
    if (t.word) return j;
    break;
  }
  return last;
}
