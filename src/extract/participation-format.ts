// "Rubio said the European Union would have to be at the table at some point", "Wang said Russia should take part in
// the peace talks": a third party's deontic on whether another party sits at the talks puts a format forward, a
// proposal (spec §2 PROPOSE: "a format"), as content/participation-act already reads "Russia should be represented
// there". Not a principal side's ("Ukraine must be at the table" said by Kyiv: its demand), nor a party's own seat
// ("Europe had to be part of any negotiations" said by the EU, "Europe must have a seat at the table" said by Spain:
// its demand), nor wanting or expecting it ("expected the
// EU to take part": a demand, claim/mediator-proposes 'demandCues'). Gold of own AA, AB, AD, V (own Y and Z type the
// same statement DEMAND; own AF and R accept both). Words: rules.json claim/participation-format.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const participationFormat = defineRule({
  id: 'claim/participation-format', stage: 'claim',
  reason: 'A deontic of a party other than the two principal sides whose subject is another party and whose predicate is a seat at the talks (\'phrases\': "be at the table", "be involved", "take part", "be represented") proposes that format: PROPOSE talks, not DEMAND. A principal side\'s, or the holder\'s own seat, stays a demand.',
});

/** The DEMAND at the modal `t` is a third party's deontic on another party's seat at the talks (claim/participation-format). */
export function participationFormatAt(doc: Doc, s: Sentence, t: Trigger, actor: string, holderCodes: string[]): boolean {
  if (!t.modal) return false;
  const principals = doc.principalsAt(s.index);
  if (principals.includes(actor) || holderCodes.some((c) => principals.includes(c))) return false;
  const tok = doc.tokens;
  // The modal's subject: a party right before it, not the holder ("the European Union | would have to").
  const subject = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === t.start && !a.possessive && a.codes.length);
  if (!subject || subject.codes.includes(actor)) return false;
  // (Europe's seat is a European holder's own: "Spain said Europe must have a seat at the table" demands it.)
  const w = (list: string) => doc.index.words(participationFormat.id, list);
  if (subject.codes.every((c) => w('europe').has(c.toLowerCase())) && w('european').has(actor.toLowerCase())) return false;
  // The predicate right after the modal, quotation marks skipped.
  const words: string[] = [];
  for (let j = t.end; j < s.tEnd && words.length < 6; j++) if (tok[j].word) words.push(tok[j].lower);
  // (The trigger may end on "be": "should be | involved in the process".)
  const after = `${tok[t.end - 1]?.lower === 'be' ? 'be ' : ''}${words.join(' ')}`;
  for (const p of w('phrases')) if (after === p || after.startsWith(`${p} `)) return true;
  return false;
}
