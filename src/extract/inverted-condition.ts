// A fronted "Only if/when/once/after X" with an inverted main clause (spec §2/§3, issue 7): "Only if Baku withdraws
// its troops will there be any talk of a peace treaty", "Only once Kosovo disbands the unit will Serbia lift the
// ban". The condition is the speaker's demand and ends at the inverted modal; the main clause is what the speaker
// promises for it: its own step (the modal's subject is the speaker's party) or, with an existential "there will be",
// the thing that will be there ("any talk of a withdrawal" promises the withdrawal). The cue "only if" reads the
// demand (cues.json, "condition"); this module ends its content (candidate stage) and makes the offer (claim stage).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import type { Trigger } from './triggers.js';
import type { Holder } from './holder.js';
import type { ConditionRun } from './conditions.js';
import { itemsOf } from './items.js';
import { defineRule } from './rules/registry.js';

export const invertedOnlyIf = defineRule({
  id: 'claim/inverted-only-if', stage: 'claim',
  // (Gate: the clause opens with "only" and one of 'conditions'; a sentence without both has none.)
  needs: [{ word: 'only' }, { list: 'conditions' }],
  reason: 'A sentence that opens with "Only" and a condition word (\'conditions\': "Only if Azerbaijan pulls its troops out will there be any talk of a peace treaty", "Only once Kosovo disbands the unit will Serbia lift the ban") states a demand (the condition, which ends at the inverted modal) and what its holder promises for it: the inverted clause\'s own step when its subject is the holder\'s party, or, after an existential "there" + "be", the thing that will be there, past a noun of talking about it (\'talkNouns\' + \'talkLinks\': "talk of a withdrawal" promises the withdrawal): the holder\'s OFFER, conditioned on the demand. A party offering in return is a side, not a mediator: the demand stays a demand. Another party as the subject ("Only then will Russia get any relief") is no offer of the holder\'s own.',
});

/** The inverted clause of a sentence that opens "Only if/when/once/after …": the modal's token and whether "there" + "be" follows it, else null. */
export function invertedClause(doc: Doc, s: Sentence): { modal: number; existential: boolean } | null {
  const { tokens } = doc;
  let h = s.tStart;
  while (h < s.tEnd && !tokens[h].word) h++;
  if (tokens[h]?.lower !== 'only' || !doc.index.words(invertedOnlyIf.id, 'conditions').has(tokens[h + 1]?.lower ?? '')) return null;
  // ("Only after that would Moldova grant …": a condition that points back is content/own-consequence's, whose clause is the consequence.)
  if (doc.index.words(invertedOnlyIf.id, 'backReferences').has(tokens[h + 2]?.lower ?? '')) return null;
  const modals = doc.index.set.modals;
  const be = doc.index.words(invertedOnlyIf.id, 'beForms');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let k = h + 3; k < s.tEnd - 2; k++) {
    const w = tokens[k].lower;
    if (!modals.has(w)) continue;
    // ("… will there be": an existential clause; "… will Serbia lift": a party as the inverted subject.)
    if (tokens[k + 1].lower === 'there' && be.has(tokens[k + 2].lower)) return { modal: k, existential: true };
    if (actors.some((a) => a.start === k + 1 && !a.possessive && !a.object)) return { modal: k, existential: false };
    // (A modal inside the condition, "Only if Kyiv can show …", has a subject before it: keep looking.)
  }
  return null;
}

/** Ends the content of the fronted condition's cue at the inverted modal (candidate stage). */
export function endInvertedCondition(doc: Doc, s: Sentence, raw: Trigger[]): Trigger | null {
  const inv = invertedClause(doc, s);
  if (!inv) return null;
  const t = raw.find((r) => r.cue?.id === 'condition' && doc.tokens[r.start].lower === 'only' && r.start < inv.modal);
  if (!t) return null;
  if (t.contentEnd === undefined || t.contentEnd > inv.modal) t.contentEnd = inv.modal;
  return t;
}

/** The offers of the inverted clause, conditioned on the fronted demand of the same holder (claim/inverted-only-if). */
export function invertedOffers(run: ConditionRun, s: Sentence, mains: Claim[], n: number): Claim[] {
  const { doc } = run;
  const inv = invertedClause(doc, s);
  if (!inv) return [];
  const { tokens } = doc;
  const at = tokens[inv.modal].start;
  const conds = mains.filter((c) => c.rule === 'cue:condition' && (c.type === 'DEMAND' || c.type === 'PROPOSE') && c.span[0] < at);
  if (!conds.length) return [];
  const actor = conds[0].actor;
  let from: number;
  if (inv.existential) {
    from = inv.modal + 3;
    const det = doc.index.words(invertedOnlyIf.id, 'determiners');
    if (det.has(tokens[from]?.lower ?? '')) from++;
    // ("any talk of a withdrawal": what will be talked of is what is promised.)
    if (doc.index.words(invertedOnlyIf.id, 'talkNouns').has(tokens[from]?.lower ?? '') && doc.index.words(invertedOnlyIf.id, 'talkLinks').has(tokens[from + 1]?.lower ?? '')) from += 2;
  } else {
    const subject = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === inv.modal + 1);
    if (!subject || !subject.codes.length || !subject.codes.every((c) => c === actor)) return [];
    from = subject.end;
    // ("can we talk about reopening our embassies": what will be talked about is what is promised, as after "there be".)
    if (doc.index.words(invertedOnlyIf.id, 'talkVerbs').has(tokens[from]?.lower ?? '') && doc.index.words(invertedOnlyIf.id, 'talkLinks').has(tokens[from + 1]?.lower ?? '')) from += 2;
  }
  if (from >= s.tEnd) return [];
  const t: Trigger = { start: inv.modal, end: from, type: 'OFFER', cue: null, rule: 'inverted-only-if', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'conditional', exchange: false };
  const out: Claim[] = [];
  const holder: Holder = { codes: [actor], mention: null, via: 'carried' };
  for (const item of itemsOf(doc, from, s.tEnd, t)) {
    if (mains.some((m) => m.actor === actor && m.type === 'OFFER' && m.issue === item.issue)) continue;
    const c = run.makeClaim(s, t, holder, actor, 'OFFER', { ...item, start: inv.modal, end: Math.max(item.end, from) }, n + out.length);
    for (const d of conds) if (d.actor === actor) c.conditions.push(d.id);
    run.note(invertedOnlyIf.id, 'claim', t, `${actor} OFFER ${item.issue}: promised for the fronted condition`);
    out.push(c);
  }
  // (A party that offers in return is a side bargaining, not a mediator proposing.)
  if (out.length) for (const d of conds) if (d.type === 'PROPOSE' && d.actor === actor) { d.type = 'DEMAND'; run.note(invertedOnlyIf.id, 'change', t, `${actor} PROPOSE → DEMAND: it offers in return, a side`); }
  return out;
}
