// A party's place at the table denied (claim/seat-denied): "Kellogg made clear that Europeans should not expect a seat
// at the table", "Hamas must not count on a role in the talks", "Kosovo cannot expect a say in the talks". A negated
// deontic whose verb is one of expecting, counting on or having, and whose object is a place at the talks, is no demand
// on its subject: the speaker refuses that party a place in the talks, a REJECT (spec §2: "rules out"). The positive
// form ("Poland should have a seat at the table") stays a demand (claim/own-seat, sentence/self-obligation's seats).
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const seatDenied = defineRule({
  id: 'claim/seat-denied', stage: 'claim',
  reason: 'A negated deontic ("should not", "must not", "cannot", "need not") whose verb expects, counts on or has (\'verbs\') a place at the talks (sentence/self-obligation \'seats\' after at most two \'determiners\': "a seat", "any role", "an automatic place") refuses the subject that place: "Kellogg made clear that Europeans should not expect a seat at the table", "Hamas must not count on a role in the talks", "Kosovo cannot expect a say in the negotiations". The speaker rejects the talks\' format with that party in it (REJECT), it asks nothing of the subject. Not the positive form ("Poland should have a seat at the table": a demand), nor a seat named with no negation.',
});

/** Whether the deontic `t` is negated and its verb expects or has a place at the talks (claim/seat-denied). */
export function seatDeniedAt(doc: Doc, t: Trigger): boolean {
  // (A deontic modal, or the refusal cue "must not", which a party before it turns into a demand on that party.)
  if (!t.modal && t.cue?.id !== 'should-not') return false;
  const tok = doc.tokens;
  const words = (k: string) => doc.index.words(seatDenied.id, k);
  // The negation right after the modal or inside it ("should not", "shouldn't", "cannot"), before its verb.
  let j = t.start + 1;
  let negated = /^(?:cannot|can't)$/.test(tok[t.start].lower);
  while (j < t.start + 4 && tok[j] && (words('negations').has(tok[j].lower) || /ly$/.test(tok[j].lower))) {
    if (words('negations').has(tok[j].lower)) negated = true;
    j++;
  }
  return negated && seatVerbAt(doc, j);
}

/** Whether token `v` is a verb of expecting or having ('verbs') whose object is a place at the talks ("expect a seat",
 * "count on a role", "have a say"): claim/seat-denied, and the negated modal "would not have a seat" (candidate/modal). */
export function seatVerbAt(doc: Doc, v: number): boolean {
  const tok = doc.tokens;
  const words = (k: string) => doc.index.words(seatDenied.id, k);
  if (!words('verbs').has(tok[v]?.lower ?? '')) return false;
  let j = v + 1;
  if (tok[j]?.lower === 'on') j++;
  for (let n = 0; n < 2 && words('determiners').has(tok[j]?.lower ?? ''); n++) j++;
  return doc.index.words('sentence/self-obligation', 'seats').has(tok[j]?.lower ?? '');
}
