// A side's proposal whose content is the other side's concession: "Kyiv proposed that Russia begin withdrawing its
// troops from Ukraine by Christmas", "Moscow's proposals for the demilitarisation and denazification of the areas
// controlled by Kyiv", "a ten-point formula of his own, including the withdrawal of Russian troops". What the other
// side is to give is wanted of it, a demand (spec §2 DEMAND; §3 rule 6: "proposed keeping the entire Donbas" is a
// DEMAND), not an arrangement put forward (PROPOSE). Gold of own sets AG, AJ, N, X. Only a principal side of the
// dispute proposing the other principal's step: a mediator's proposal that one side withdraw stays a proposal (gold
// of own sets V, Z, D: "Washington has proposed that Ukraine withdraw from …", USA PROPOSE territory), and so does a
// mutual step ("both sides", "Armenian and Azerbaijani troops") or a side's own step. Words: rules.json
// claim/other-side-concession.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const otherSideConcession = defineRule({
  id: 'claim/other-side-concession', stage: 'claim',
  reason: 'A principal side\'s proposal (\'cues\') whose content on territory, military limits or governance (\'issues\') is a step of the other principal side (one of \'concessions\' within six words of a mention of that side: "proposed that Russia begin withdrawing its troops", "proposals for the demilitarisation of the areas controlled by Kyiv", "including the withdrawal of Russian troops") wants that side to give it: a demand (spec §2 DEMAND, §3 rule 6). Not a mediator\'s proposal (the holder is no principal side), nor a mutual step (\'mutual\' words, or both sides coordinated), nor the side\'s own step.',
});

/** The proposal at `t` by `actor` asks the other principal side for a concession (see the rule's reason). */
export function concedesOtherSide(doc: Doc, s: Sentence, t: Trigger, item: IssueItem, actor: string): boolean {
  const w = (list: string) => doc.index.words(otherSideConcession.id, list);
  if (t.type !== 'PROPOSE' || !t.cue || !w('cues').has(t.cue.id) || !w('issues').has(item.issue)) return false;
  const principals = doc.principalsAt(s.index);
  if (principals.length !== 2 || !principals.includes(actor)) return false;
  const other = principals.find((c) => c !== actor)!;
  const tok = doc.tokens;
  // The content: from the cue to a little past the issue's words ("the demilitarisation | of the areas controlled by
  // Kyiv"), up to the end of the clause.
  const to = Math.min(s.tEnd, Math.max(item.end, t.end) + 8);
  let end = to;
  for (let k = t.end; k < to; k++) if (tok[k].text === ';' || tok[k].lower === 'but' || tok[k].lower === 'while') { end = k; break; }
  const concessions = w('concessions');
  const mutual = w('mutual');
  const at: number[] = [];
  for (let k = t.start; k < end; k++) {
    if (mutual.has(tok[k].lower)) return false;
    if (concessions.has(tok[k].lower)) at.push(k);
  }
  if (!at.length) return false;
  const here = doc.actorsBySentence.get(s.index) ?? [];
  const inside = here.filter((a) => a.start >= t.start && a.start < end);
  // (Both sides coordinated: "Armenian and Azerbaijani troops", "Russia and Ukraine".)
  for (const a of inside) {
    const b = a.coordinated;
    if (b && ((a.codes.includes(actor) && b.codes.includes(other)) || (a.codes.includes(other) && b.codes.includes(actor)))) return false;
    if (a.codes.includes(actor) && a.codes.includes(other)) return false;
  }
  for (let k = t.start; k < end; k++) {
    // ("Armenian and Azerbaijani troops": two adjectives of the sides joined by "and".)
    if (tok[k].lower !== 'and') continue;
    const l = inside.find((a) => a.end === k), r = inside.find((a) => a.start === k + 1);
    if (l && r && ((l.codes.includes(actor) && r.codes.includes(other)) || (l.codes.includes(other) && r.codes.includes(actor)))) return false;
  }
  // (The side as a party adjective too, "the withdrawal of Russian troops": no holder mention, troops hold nothing.)
  const adjectives: Array<{ start: number; end: number; code: string }> = [];
  for (let k = t.start; k < end; k++) { const c = partyAdjectiveAt(doc, k); if (c) adjectives.push({ start: k, end: k + 1, code: c }); }
  for (let n = 0; n + 1 < adjectives.length; n++) {
    const [l, r] = [adjectives[n], adjectives[n + 1]];
    if (r.start === l.end + 1 && tok[l.end].lower === 'and' && new Set([l.code, r.code, actor, other]).size === 2 && l.code !== r.code) return false;
  }
  const near = (a: { start: number; end: number }) => at.some((k) => Math.abs(a.start - k) <= 6 || Math.abs(a.end - 1 - k) <= 6);
  return inside.some((a) => a.codes.length === 1 && a.codes[0] === other && near(a)) || adjectives.some((a) => a.code === other && near(a));
}
