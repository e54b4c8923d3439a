// "Any security guarantees should be provided by European and non-European troops", "any freeze should be along the
// current line of contact", "security guarantees for Ukraine should be based on the principles agreed in Istanbul",
// "the front should be frozen where it is", "a UN referendum should be held", "any guarantees should follow the
// model agreed in Istanbul": "should" with an arrangement as its subject (no party: the speaker holds it,
// holder/deontic-speaker) and a predicate that says how that arrangement is to be built — who backs, provides or
// monitors it, what it rests on, where its line runs — puts a design forward (spec §2 PROPOSE: "an arrangement that
// is not chiefly its own concession"). It asks no act of the other side. The gold of the corpora reads it so: the
// same words with "must", "has to" or "would have to" ("any settlement must be based on the realities on the
// ground", "any ceasefire had to be verified") are conditions and demands, and so is an act asked of another party
// ("all Western sanctions should be lifted", "Russian troops should be withdrawn": verbs not listed here), and a
// party as the subject ("Kyiv should follow its lead": not the speaker's deontic). Words: rules.json
// content/shaped-arrangement.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const shapedArrangement = defineRule({
  id: 'content/shaped-arrangement', stage: 'content',
  reason: 'A deontic DEMAND opened by \'modals\' ("should", not "must" or "have to") whose subject is no party (the speaker holds it, holder/deontic-speaker; no party heads the subject after its clause\'s opener, \'openers\', and \'determiners\', alone or before one of \'partyHeads\': "the Ukrainian side") and whose predicate, past "be" and \'skips\', is a participle of building an arrangement (\'participles\': backed, provided, monitored, based, frozen, held …), a preposition of where its line runs (\'lines\': along, at) or "follow" and a model (\'follow\', \'models\') puts the design of an arrangement forward: PROPOSE, the issue unchanged. Not "must"/"has to" (a condition: a demand), nor an act asked of another party ("sanctions should be lifted": no such participle).',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** True when the deontic `t` ("should be provided by …") puts an arrangement's design forward. */
export function shapedArrangementAt(doc: Doc, s: Sentence, t: Trigger, holderRule: string | undefined): boolean {
  if (!t.modal || t.type !== 'DEMAND' || t.negated || t.exchange || !t.cue) return false;
  if (holderRule !== 'holder/deontic-speaker') return false;
  const w = (list: string) => doc.index.words(shapedArrangement.id, list);
  if (!w('cues').has(t.cue.id) || !w('modals').has(lower(doc, t.start))) return false;
  // ("the Ukrainian side should follow this example", "Kyiv \"should follow\" its lead": a party heading the
  // subject is asked to act, a demand.)
  let b = t.start - 1;
  while (b >= s.tStart && !w('openers').has(lower(doc, b))) b--;
  let head = b + 1;
  while (head < t.start && (!doc.tokens[head].word || w('determiners').has(lower(doc, head)))) head++;
  // (The party is the subject's head: "a UN referendum should be held" names a referendum, not the UN.)
  const headed = (e: number) => { for (let k = e; k < t.start; k++) if (doc.tokens[k].word && !w('partyHeads').has(lower(doc, k))) return false; return true; };
  if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start > b && a.start <= head && a.end <= t.start && headed(a.end))) return false;
  const skips = w('skips');
  let j = t.start + 1;
  while (j < s.tEnd && (skips.has(lower(doc, j)) || !doc.tokens[j].word)) j++;
  // ("a global peace summit should follow", "any guarantees should follow the model agreed in Istanbul")
  if (w('follow').has(lower(doc, j))) {
    const next = doc.tokens[j + 1];
    if (!next || !next.word) return true;
    for (let k = j + 1; k < Math.min(j + 4, s.tEnd); k++) if (w('models').has(lower(doc, k))) return true;
    return false;
  }
  if (lower(doc, j) !== 'be') return false;
  j++;
  while (j < s.tEnd && (skips.has(lower(doc, j)) || !doc.tokens[j].word)) j++;
  // ("should be provided by European troops"; "Armenia's security should be guaranteed" asks for the thing itself,
  // a demand: those participles need their agent, 'byParticiples'.)
  if (w('byParticiples').has(lower(doc, j))) return lower(doc, j + 1) === 'by';
  if (w('participles').has(lower(doc, j))) return true;
  // ("any freeze should be along the current line of contact")
  return w('lines').has(lower(doc, j));
}
