// A demand for the other side's answer (issue 7, "deadlines and ultimatums").
//
// content/reply-demanded: "Trump said he wanted Kyiv to respond by Thanksgiving", "gave Yerevan until Friday to
// answer", "Baku expects an answer from Yerevan within a week", "Washington wanted a quick signature": what is asked
// is the other side's reply to the proposal on the table, and the demand names no issue of its own. Answering a plan
// as a whole is a stance on the talks (spec §3 rule 9: accepting or rejecting a whole plan as a basis is `talks`), so a
// demand for the reply is a demand on the talks, as candidate/deadline-set already reads "a deadline for Kyiv to
// respond". Read only when the reply is bare: a verb of replying ('verbs') after the addressee, or a reply noun
// ('nouns') as the wanted thing, followed by nothing but a time, its sender, the plan it answers or the clause's end
// ('after', 'planNouns'). "urged Washington to answer any violation with new sanctions" names its own issue and is
// read by the content rules as it is; so is a threat to respond (THREATEN, not DEMAND). Words: rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import type { Holder } from './holder.js';
import { defineRule } from './rules/registry.js';

export const replyDemanded = defineRule({
  id: 'content/reply-demanded', stage: 'content',
  reason: 'A demand whose whole object is the other side\'s reply ("wanted Kyiv to respond by Thanksgiving", "gave Yerevan until Friday to answer", "wants an answer from Belgrade within a week", "wanted a quick signature") asks for the answer to the plan on the table: a demand on the talks (spec §3 rule 9: a whole plan answered is the talks). Only a bare reply: a time, its sender or the plan it answers may follow, nothing that names what the reply is to be ("answer any violation with sanctions").',
});

/** The item of a demand for a bare reply, on the talks; else none. */
export function replyDemandedItems(doc: Doc, s: Sentence, t: Trigger, holder: Holder): IssueItem[] {
  if (t.type !== 'DEMAND' || t.nominal || t.negated || t.object === 'before') return [];
  // (A party wants the reply, not a document: "said the plan was not his final offer and that he wanted Kyiv to
  // respond" held by "the plan" is a holder read wrong, and a plan's content would be its authors' proposal.)
  if (holder.mention?.kind === 'document' || holder.document) return [];
  const w = (list: string) => doc.index.words(replyDemanded.id, list);
  const { tokens } = doc;
  const lower = (k: number) => (k < s.tEnd ? tokens[k].lower : '');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let j = t.end;
  let end = -1;
  // "wanted Kyiv to respond", "gave Kyiv until Thursday to respond" (the cue ends at its "to"), "asked him to reply".
  const party = actors.find((a) => a.start === j && !a.possessive);
  let k = party ? party.end : j;
  if (lower(k) === 'to') k++;
  const toBefore = lower(k - 1) === 'to';
  for (let n = 0; n < 2 && w('adverbs').has(lower(k)); n++) k++;
  if (toBefore && w('verbs').has(lower(k))) end = k + 1;
  // "to give its answer", "to provide a response".
  else if (toBefore && w('giveVerbs').has(lower(k)) && w('determiners').has(lower(k + 1)) && w('nouns').has(lower(k + 2))) end = k + 3;
  // "wanted an answer from Kyiv", "wants a quick signature": the reply noun as the thing wanted (not after a party).
  else if (!party) end = replyNounEnd(doc, s, j);
  if (end < 0) return [];
  if (!bareAfter(doc, s, end)) return [];
  return [{ issue: 'talks', regions: [], start: t.start, end }];
}

/** The end of a reply noun wanted at `j` ("an answer", "a quick signature"), else -1. */
function replyNounEnd(doc: Doc, s: Sentence, j: number): number {
  const w = (list: string) => doc.index.words(replyDemanded.id, list);
  const lower = (k: number) => (k < s.tEnd ? doc.tokens[k].lower : '');
  // ("wanted Kyiv's answer by Thanksgiving", "wants Yerevan's reply within a week": the possessive party that is to
  // reply stands for the determiner.)
  const owner = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === j && a.possessive && a.codes.length);
  if (!owner && !w('determiners').has(lower(j))) return -1;
  let q = j + 1;
  if (owner) { q = owner.end; if (lower(q) === "'") q++; if (lower(q) === 's') q++; }
  for (let n = 0; n < 2 && w('adjectives').has(lower(q)); n++) q++;
  return w('nouns').has(lower(q)) ? q + 1 : -1;
}

/** Whether only the clause's end, a time ("by Thursday", "within a week"), the reply's sender ("from Kyiv") or the
 * plan it answers ("to the plan", "to it") follows the reply ending at `end`. */
function bareAfter(doc: Doc, s: Sentence, end: number): boolean {
  const w = (list: string) => doc.index.words(replyDemanded.id, list);
  const { tokens } = doc;
  const lower = (k: number) => (k < s.tEnd ? tokens[k].lower : '');
  if (end >= s.tEnd || !tokens[end].word) return true;
  const after = lower(end);
  if (after === 'to') {
    let q = end + 1;
    if (w('determiners').has(lower(q))) q++;
    return w('planNouns').has(lower(q)) || lower(end + 1) === 'it';
  }
  if (after === 'from') {
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    return actors.some((a) => a.start === end + 1 || (a.start === end + 2 && lower(end + 1) === 'the'));
  }
  return w('after').has(after);
}

/** "wants an answer by Thanksgiving", "wanted a quick signature": the other side's bare reply wanted, which asks it
 * of that side (trigger/want-needs-act keeps the wish; content/reply-demanded reads it as the talks). */
export function wantedReply(doc: Doc, s: Sentence, from: number): boolean {
  const end = replyNounEnd(doc, s, from);
  return end > 0 && bareAfter(doc, s, end);
}
