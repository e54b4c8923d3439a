// "Washington backed the principle that any settlement must respect Ukraine's sovereignty and territorial integrity",
// "Turkey continues to support the territorial integrity of Ukraine", "the US backs Ukraine's territorial integrity":
// a party other than the two principal sides that supports a state's territorial integrity or sovereignty endorses no
// one's proposal (spec §2 ACCEPT is agreeing to another's proposal or demand): it asks that the land be respected or
// restored, a demand on the side that holds it (DEMAND territory; the gold of own R and of the earlier sets types it
// so, or DEMAND|ACCEPT). Backing a proposal or plan that upholds it ("backed Ukraine's peace formula, which calls for
// the restoration of its territorial integrity") accepts that proposal and is not read here. Words: rules.json
// claim/backed-principle.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const backedPrinciple = defineRule({
  id: 'claim/backed-principle', stage: 'claim',
  reason: 'A third party\'s support (a word of the trigger in \'verbs\': "backed", "would continue to support", "voted in favour of") whose object, up to a clause break, names territorial integrity or sovereignty (\'principles\') and no proposal (claim/third-party-support \'stanceNouns\') asks for it to be respected: DEMAND territory, not ACCEPT (no one\'s proposal is accepted). An assembly\'s resolution (\'resolutions\') voted for or backed is its demand joined: withdrawal (\'withdrawal\') counts too within a longer window.',
});

/** A third party's support at `t` for the principle of territorial integrity or sovereignty (claim/backed-principle). */
export function backsPrinciple(doc: Doc, s: Sentence, t: Trigger, actor: string): boolean {
  if (!t.cue || doc.principalsAt(s.index).includes(actor)) return false;
  const w = (list: string) => doc.index.words(backedPrinciple.id, list);
  // (The verb of support may close a chain of cues, "would continue to support", or sit inside the phrase, "voted in
  // favour of": any word of the trigger.)
  let verb = false;
  for (let k = t.start; k < t.end && !verb; k++) verb = w('verbs').has(doc.tokens[k].lower);
  if (!verb) return false;
  const principles = w('principles');
  const stanceNouns = doc.index.words('claim/third-party-support', 'stanceNouns');
  // ("voted in favour of the resolution that called for Russia to withdraw its troops": a resolution of an assembly
  // is no party's proposal but the assembly's demand; voting for it joins the demand, withdrawal included.)
  let resolution = false;
  // ("supported \"a negotiated, just and lasting peace\" in Ukraine based on respect for territorial integrity": a peace
  // or settlement supported only as one grounded on the principle names it further on; a word of grounding ('links')
  // lengthens the window as a resolution does, claim/backed-principle 'links'.)
  let linked = false;
  for (let k = t.end; k < s.tEnd && k < t.end + (resolution || linked ? 22 : 14); k++) {
    const x = doc.tokens[k].lower;
    if (x === ';' || x === '.' || x === 'but') return false;
    if (w('resolutions').has(x)) { resolution = true; continue; }
    if (w('links').has(x)) { linked = true; continue; }
    if (stanceNouns.has(x)) return false;
    if (principles.has(x) || (resolution && w('withdrawal').has(x))) return true;
  }
  return false;
}

export const planPrinciple = defineRule({
  id: 'claim/plan-principle', stage: 'claim',
  reason: 'A third party\'s plan or paper that asks for territorial integrity or sovereignty to be upheld ("The paper says the sovereignty, independence and territorial integrity of all countries must be effectively upheld", "the document calls for the territorial integrity of all states to be respected") demands it, as the party\'s support for the principle does (claim/backed-principle): DEMAND territory, not the proposal sentence/plan-proposes makes of a plan\'s other content (gold of own S, U, Y, Z, AB; DEMAND|PROPOSE in AD). Only a demand the plan-proposes rule turned into a proposal, only on territory, only with a word of claim/backed-principle \'principles\' in the item.',
});

/** The territory item names the principle of territorial integrity or sovereignty (claim/plan-principle). */
export function planPrincipleItem(doc: Doc, item: { start: number; end: number }): boolean {
  const principles = doc.index.words(backedPrinciple.id, 'principles');
  for (let k = item.start; k < item.end; k++) if (principles.has(doc.tokens[k].lower)) return true;
  return false;
}

export const planSanctionsEnd = defineRule({
  id: 'claim/plan-sanctions-end', stage: 'claim',
  reason: 'A plan or paper of a party other than the two principal sides that calls for an end to sanctions ("The Chinese paper also calls for an end to \\"unilateral sanctions\\"", "it urges stopping unilateral sanctions not authorised by the Security Council") asks the states that impose them to drop them: a DEMAND on sanctions (gold of own A, P, U, X, Y, Z, AA, AB, AC, AF, AI, AJ: DEMAND or DEMAND|REJECT), not the arrangement between the sides sentence/plan-proposes makes of a plan\'s other content. Only a call (the content\'s type a demand before plan-proposes), only with a word of ending in the item or between the call and it (\'endWords\'); what a plan itself provides for the sanctions ("sanctions would be lifted in stages", "the plan proposes the gradual lifting of sanctions") stays its proposal.',
});

/**
 * The sanctions item of a third party's plan calls for their end (claim/plan-sanctions-end): a word of ending in the item
 * or in the three words before it, not before the call's end ("called for ending hostilities, … and eliminating
 * unilateral sanctions": the ending is the hostilities').
 */
export function planSanctionsEndItem(doc: Doc, from: number, item: { start: number; end: number }): boolean {
  const ends = doc.index.words(planSanctionsEnd.id, 'endWords');
  for (let k = Math.max(from, item.start - 3); k < item.end; k++) if (ends.has(doc.tokens[k].lower)) return true;
  return false;
}
