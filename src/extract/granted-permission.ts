// "Putin had agreed that the United States and Europe could offer Ukraine protection similar to NATO's Article 5":
// what a party agrees another party could do is the permission it grants, its own ACCEPT on that issue. The modal
// step of the clause's subject ("could offer") is no offer of that subject's: it was not put forward by it here, the
// agreeing party conceded it. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { Holder } from './holder.js';
import { defineRule } from './rules/registry.js';

export const grantedPermission = defineRule({
  id: 'sentence/granted-permission', stage: 'sentence',
  reason: '"Putin agreed that the United States and Europe could offer Ukraine protection", "Aliyev had agreed in Prague that the European Union could deploy monitors": an offer under a modal of possibility (\'modals\') whose subject opens the that-clause of a verb of agreeing (\'agreeVerbs\', right before "that" or past a short phrase of place or time opened by one of \'adjunctOpeners\': "agreed in Anchorage that", "agreed at the summit that") is the permission the agreeing party grants: its ACCEPT, with the offer\'s words as what it accepts, and no offer of the clause\'s subject. Only for another party than the agreeing one ("Kurti agreed that Kosovo could suspend …" stays Kosovo\'s own step), and only when the clause runs from "that" to the modal with no comma or clause break.',
});

/** Most tokens between "that" and the modal (the clause's subject: "the United States and its European allies"). */
const MAX_SUBJECT = 10;
/** Most tokens of a phrase of place or time between the verb and "that" ("in Anchorage", "at the summit in Alaska"). */
const MAX_ADJUNCT = 7;

export interface GrantedPermission {
  /** The token of the verb of agreeing. */
  verb: number;
  /** The token of "that". */
  that: number;
}

/** The verb of agreeing whose that-clause holds the offer `t` under a modal (sentence/granted-permission), or null. */
export function grantedPermissionAt(doc: Doc, s: Sentence, t: Trigger, holder: Holder | null): GrantedPermission | null {
  if (t.type !== 'OFFER' || t.nominal || t.negated || !holder?.mention) return null;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(grantedPermission.id, list);
  const modals = w('modals');
  let modal = -1;
  if (modals.has(tokens[t.start]?.lower ?? '')) modal = t.start;
  else if (modals.has(tokens[t.start - 1]?.lower ?? '')) modal = t.start - 1;
  if (modal < 0) return null;
  // The clause's subject, the offer's holder, between "that" and the modal: words only.
  let that = -1;
  for (let j = modal - 1; j >= s.tStart && modal - j <= MAX_SUBJECT + 1; j--) {
    const x = tokens[j];
    if (x.lower === 'that') { that = j; break; }
    if (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '.') return null;
  }
  if (that < 0 || holder.mention.start <= that || holder.mention.end > modal) return null;
  const agree = w('agreeVerbs');
  if (agree.has(tokens[that - 1]?.lower ?? '')) return { verb: that - 1, that };
  // Past a short phrase of place or time: "agreed in Anchorage that", "agreed at the summit that".
  const openers = w('adjunctOpeners'), breaks = w('breaks');
  for (let v = that - 2; v >= s.tStart && that - v - 1 <= MAX_ADJUNCT; v--) {
    const x = tokens[v];
    if (!x.word || breaks.has(x.lower)) return null;
    if (agree.has(x.lower)) return openers.has(tokens[v + 1]?.lower ?? '') ? { verb: v, that } : null;
  }
  return null;
}
