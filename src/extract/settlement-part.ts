// A term named as a part or the ground of any settlement is what the speaker wants from it: "the withdrawal of
// Armenian troops remained part of any settlement", "the restoration of the 1991 borders is the only basis of a just
// peace", "the release of all hostages was an integral part of any deal". The subject before the copula is the
// content, a DEMAND held by the speaker (holder/predicate-speaker), as for "a precondition" (trigger/predicate-noun);
// "part", "basis", "foundation" or "starting point" state a demand only when what they are a part or the ground of is
// a settlement, a deal, peace or the talks ("part of the country", "the basis of the economy" state none). Inverted,
// the ground named first ("the only basis for peace was a withdrawal to the 1991 borders"), the content follows the
// copula; a plan there ("the only basis for talks was the peace formula") is put forward, the talks.
// A finite copula only: after a modal the deontic cue reads the subject already ("must be part of any deal", "should
// be the starting point for talks": cue must, content/condition-subject, content/line-starting-point), and "would be",
// "could be" state no demand. Not a plan or a draft as the subject ("the draft is a basis for talks" appraises a text,
// candidate/evaluation), not a party ("Kyiv is part of the talks"), not negated. Words: rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const settlementPart = defineRule({
  id: 'candidate/settlement-part', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'nouns' }],
  reason: 'A term named as a part or the ground of any settlement is demanded by the speaker (gold of own K, AZ, BA: "the withdrawal of Ukrainian troops from the Donbas remained part of any settlement" RUS DEMAND territory; "the full withdrawal of Russian troops … remained the basis of a just peace" UKR DEMAND territory). A finite copula (\'copulas\'), then modifiers (\'modifiers\'), then one of \'nouns\' ("starting" with "point"), then "of", "for" or "in" and, past \'goalModifiers\', one of \'goals\' (settlement, deal, peace, talks …). The subject before the copula, back to \'subjectBreaks\' or a comma, names an issue, no plan (content/plan-is-talks) and no party at its head: DEMAND of it, held by the speaker. Inverted ("the only basis for peace was a Russian withdrawal to the 1991 borders"), the content follows the copula; a plan there is put forward (PROPOSE talks). Not after a modal (the deontic cues read those), not negated.',
});

export interface SettlementPartHit { trigger: Trigger; detail: string }

export function settlementPartCandidates(doc: Doc, s: Sentence, raw: Trigger[]): SettlementPartHit[] {
  const { tokens, index } = doc;
  const w = (list: string) => index.words(settlementPart.id, list);
  const nouns = w('nouns');
  if (!doc.sentenceWords.has(s.index, nouns)) return [];
  const copulas = w('copulas'), modifiers = w('modifiers'), goals = w('goals'), goalModifiers = w('goalModifiers');
  const breaks = w('subjectBreaks');
  const plans = doc.index.words('content/plan-is-talks');
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const quote = (k: number) => /^["“”'‘’]$/.test(tokens[k]?.text ?? '');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const issueAt = (k: number) => !!doc.issueAt.get(k)?.values.some((x) => x.issue !== '_noise' && !x.weak);
  const out: SettlementPartHit[] = [];
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!nouns.has(lower(i))) continue;
    let n = i + 1;
    if (lower(i) === 'starting') { if (lower(n) !== 'point') continue; n++; }
    while (quote(n)) n++;
    // What it is a part or the ground of: a settlement, a deal, the talks.
    if (!['of', 'for', 'in'].includes(lower(n))) continue;
    let g = n + 1;
    // ("any peace settlement": "peace" is a modifier there, the goal itself in "a just peace".)
    while (g < s.tEnd && g - n <= 4 && ((goalModifiers.has(lower(g)) && !(goals.has(lower(g)) && !goals.has(lower(g + 1)))) || quote(g))) g++;
    if (!goals.has(lower(g))) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    // Back over the modifiers to the copula ("remained part of", "was an integral part of", "is the only basis of").
    let v = i - 1;
    while (v > s.tStart && (modifiers.has(lower(v)) || quote(v))) v--;
    if (v > s.tStart && (lower(v) === 'not' || lower(v) === 'never' || lower(v) === "n't")) continue;
    // A finite copula only ("remained part of", "is the only basis of"): after a modal ("must be part of any deal",
    // "should be the starting point for talks") the deontic cue reads the subject already (content/condition-subject),
    // and "would be" or "could be" states no demand.
    if (copulas.has(lower(v))) {
      const a = v;
      if (['not', 'never', "n't"].includes(lower(a - 1)) || index.set.modals.has(lower(a - 1))) continue;
      // The subject: back from the verb to a clause's edge, at most fourteen tokens.
      let b = a;
      while (b > s.tStart && !breaks.has(lower(b - 1)) && tokens[b - 1].text !== ',' && a - b < 14) b--;
      if (b >= a) continue;
      const head = actors.find((m) => m.start >= b && m.start <= b + 1 && !m.possessive && m.kind !== 'adjective-role' && m.kind !== 'document');
      let plan = false, issue = false;
      for (let k = b; k < a; k++) { if (plans.has(lower(k))) plan = true; if (issueAt(k)) issue = true; }
      if (plan || !issue || head) continue;
      const t: Trigger = { start: a, end: g + 1, type: 'DEMAND', cue: null, rule: 'settlement-part', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, subject: [b, a] };
      out.push({ trigger: t, detail: `${tokens.slice(v, g + 1).map((x) => x.text).join(' ')}: its subject wanted from the settlement` });
      i = g;
      continue;
    }
    // Inverted: "the (only) basis for peace was …", "the basis for any talks remained …": the ground is named first,
    // the content after the copula.
    if (lower(i) === 'part' || !['the', 'only', 'sole', 'main'].includes(lower(i - 1))) continue;
    let c = g + 1;
    while (c < s.tEnd && c - g <= 3 && (goalModifiers.has(lower(c)) || goals.has(lower(c)) || lower(c) === 'on' || lower(c) === 'territory' || lower(c) === 'with' || /ly$/.test(lower(c)))) c++;
    if (!copulas.has(lower(c))) continue;
    if (['not', 'never', "n't"].includes(lower(c + 1))) continue;
    // (A plan as the content, "the only basis for talks was the peace formula", puts the plan forward: the talks.)
    let named = -1;
    for (let k = c + 1; k < Math.min(c + 10, s.tEnd) && named < 0; k++) if (issueAt(k) || plans.has(lower(k))) named = k;
    if (named < 0) continue;
    const planned = plans.has(lower(named)) && !issueAt(named);
    let start = i;
    while (start > s.tStart && (modifiers.has(lower(start - 1)) || quote(start - 1))) start--;
    const t: Trigger = { start, end: c + 1, type: planned ? 'PROPOSE' : 'DEMAND', cue: null, rule: 'settlement-part', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false };
    if (planned) t.defaultIssue = 'talks';
    out.push({ trigger: t, detail: `${tokens.slice(start, c + 1).map((x) => x.text).join(' ')}: the ground named, its content after the copula` });
    i = c;
  }
  return out;
}
