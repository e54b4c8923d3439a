// A party's expectation that something will be done to a term of the settlement asks for it: "Russia expects that
// 'all restrictions' affecting its grain shipments, including on insurance, will be lifted", "Lavrov said Russia
// expected the obstacles to its own grain exports to be removed as part of any arrangement", "we expect that to be
// recognised in any final document". The expectation names no party to act (trigger/want-needs-act dropped it as
// "an expectation with no party to act"), but the passive of a verb of granting, lifting or recognising after the
// thing names the act expected of the other side, as "wants all sanctions lifted" does for wanting. wanted-act.ts
// wantedTermKept reads a term kept or extended right before "to be" ("expected Ukraine's non-aligned status to be
// fixed"); here the thing may hold a preposition's phrase with "to" ("the obstacles to its exports"), open with a
// quotation mark or be a demonstrative ("that"), and the passive may be finite after "that" ("will be lifted").
// Read: after the cue (and a "that"), a thing of at most 'maxWords' words (no party as its first word: a party that
// is to act is the expectation's own reading; no clause word, 'stops'; up to 'maxCommas' commas), then "to be",
// or one of 'modals' and "be", then one of 'doneVerbs'. Not a negated expectation ("did not expect …"), not "few" or
// "no one" (no holder then), not a prediction of the process ("talks are expected to resume": a passive cue, not
// read). Words: rules.json trigger/expected-done.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const expectedDone = defineRule({
  id: 'trigger/expected-done', stage: 'trigger',
  reason: 'An expectation whose object is a thing and a passive of granting, lifting or recognising ("Russia expects that all restrictions affecting its exports will be lifted", "expected the obstacles to its grain exports to be removed", "we expect that to be recognised in any final document") asks for that act of the other side: trigger/want-needs-act keeps it as a demand. The thing is at most \'maxWords\' words (a preposition\'s phrase with "to" inside it, up to \'maxCommas\' commas of a parenthesis or a list, a quotation mark), then "to be" or one of \'modals\' and "be", then one of \'doneVerbs\'. No clause word (\'stops\') inside the thing.',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** The token of the participle when the words at `from` (past the cue) are a thing and a passive of one of 'doneVerbs'
 * ("the obstacles to its exports to be removed", "'all restrictions' … will be lifted"), else -1. */
export function expectedDoneAt(doc: Doc, s: Sentence, from: number): number {
  const w = (list: string) => doc.index.words(expectedDone.id, list);
  const done = w('doneVerbs'), modals = w('modals'), stops = w('stops');
  const max = Number(doc.index.vocab.rules[expectedDone.id]?.maxWords ?? 20);
  const maxCommas = Number(doc.index.vocab.rules[expectedDone.id]?.maxCommas ?? 3);
  const { tokens } = doc;
  let j = from;
  if (lower(doc, j) === 'that') j++;
  // ("we expect that to be recognised": a cue that ends in "that" may have taken the demonstrative that is the thing.)
  const demonstrative = lower(doc, from - 1) === 'that' && lower(doc, from) === 'to' && lower(doc, from + 1) === 'be';
  if (demonstrative) return done.has(lower(doc, from + 2)) ? from + 2 : -1;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // (A party first is the one to act: "expects Kyiv to …", the expectation's own reading.)
  if (actors.some((a) => a.start === j && !a.possessive)) return -1;
  let words = 0, commas = 0;
  for (let q = j; q < s.tEnd - 2 && words <= max; q++) {
    const x = tokens[q];
    const at = lower(doc, q);
    // "to be removed", "will be lifted": the passive ends the thing (not before its first word).
    if (words > 0 && ((at === 'to' && lower(doc, q + 1) === 'be') || (modals.has(at) && lower(doc, q + 1) === 'be'))) {
      return done.has(lower(doc, q + 2)) ? q + 2 : -1;
    }
    // Commas set off a parenthesis or a list inside the thing ("…, including on insurance, port calls and payments,
    // will be lifted"): up to 'maxCommas' of them, not before its first word.
    if (x.text === ',') {
      if (words === 0 || ++commas > maxCommas) return -1;
      continue;
    }
    if (!x.word) { if (QUOTE_MARKS.has(x.text) || x.text === '-') continue; return -1; }
    if (stops.has(at)) return -1;
    words++;
  }
  return -1;
}
