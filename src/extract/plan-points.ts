// A plan described point by point (issue: "plans and drafts as holders"): an explainer or newsletter lists what a
// plan, draft or framework says, one conditional clause after another ("Under the draft, Serbia would withdraw its
// police from the north, while the Kosovo Serb municipalities would be given their own association. The EU
// would lift the measures on Pristina. Elections would follow within a year."). Each clause in the conditional is
// one point, proposed by the plan's authors (candidate/document-provision, candidate/provision-continues hold the
// stances; this file finds the points that carry no stance verb of their own, the sentences that go on listing
// the plan past a paragraph break, and the sentences that stop the listing: a journalist's prediction, a party's
// reaction to the plan). Word lists: lexicon/data/rules.json under the rule ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const planPoints = defineRule({
  id: 'candidate/plan-points', stage: 'candidate',
  reason: 'Inside a plan\'s provision, every clause in the conditional is one point of the plan: "Under the text, Armenia would withdraw from the villages, while the corridor would be opened to traffic" proposes both; "The army would be capped at 40,000, the border would be demarcated within a year, and sanctions would be lifted in stages" three. A clause with a stance verb of its own is that stance (held by the authors); a relative clause ("…, which would become a buffer zone") describes its noun and is no point of its own.',
});

export const planPointsGoOn = defineRule({
  id: 'candidate/plan-points-paragraph', stage: 'candidate',
  reason: 'A plan\'s points go on past a paragraph break when the new paragraph opens in the conditional with no one speaking ("… the front would be frozen. ¶ The army would be capped at 600,000 troops. Elections would follow within 100 days."): an explainer cuts its list of points into paragraphs. A prediction ("would likely", "analysts expect") or a paragraph with a speaker ends the list.',
});

export const planReaction = defineRule({
  id: 'candidate/plan-reaction', stage: 'candidate',
  reason: 'After a plan\'s provisions, "Belgrade would never accept such terms", "Khartoum would reject it" is a party\'s reaction to the plan, not one more point of it: a verb of accepting or refusing whose object is the plan, its terms or a pronoun for them ends the listing, and the stance is the party\'s own.',
});

/** Words of a token range, for the lists' look-ups. */
function lowerAt(doc: Doc, i: number): string { return doc.tokens[i]?.lower ?? ''; }

/** Token i is inside a place or party mention of the sentence (a coordination of names is one subject). */
function inName(doc: Doc, s: Sentence, i: number): boolean {
  for (let j = i; j >= Math.max(s.tStart, i - 4); j--) { const p = doc.placeAt.get(j); if (p && p.end > i) return true; }
  for (const a of doc.actorsBySentence.get(s.index) ?? []) if (a.start <= i && i < a.end) return true;
  return false;
}

/**
 * The spans [start, end) of the conditional clauses in [from, to) that carry no stance of their own: one point each. A clause
 * starts after the break before its modal ("," ";" "while" "and" …), past a coordination of names ("Crimea, Luhansk
 * and Donetsk would be recognised"); a relative clause ("which would …") is none.
 */
export function pointStarts(doc: Doc, s: Sentence, from: number, to: number, raw: Trigger[]): Array<[number, number]> {
  const { tokens } = doc;
  const modals = doc.index.words('candidate/provision-continues', 'modals');
  const breaks = doc.index.words(planPoints.id, 'breaks');
  const relatives = doc.index.words(planPoints.id, 'relatives');
  const out: Array<[number, number]> = [];
  let prevEnd = from;
  for (let m = from; m < to; m++) {
    if (!modals.has(tokens[m].lower) || doc.mentions.inQuote[m] === 1) continue;
    const back = (commas: boolean): number => {
      let c = m;
      while (c > prevEnd) {
        const w = tokens[c - 1].lower;
        if (w === ',' && !commas) { c--; continue; }
        if (breaks.has(w) || breaks.has(tokens[c - 1].text)) {
          // ("Crimea, Luhansk and Donetsk would …": a comma or "and" between two names goes on with the subject.)
          // (Also ", and" in a list: "Donetsk, Luhansk, and Crimea".)
          const before = tokens[c - 2]?.text === ',' ? c - 3 : c - 2;
          if ((w === 'and' || w === ',') && before >= s.tStart && inName(doc, s, before) && (inName(doc, s, c) || tokens[c].text === ',' || tokens[c].lower === 'and')) { c--; continue; }
          break;
        }
        c--;
      }
      return c;
    };
    let c = back(true);
    // ("all occupied territories, including Donetsk, Luhansk, and Crimea, would be recognised": a subject set off by
    // a comma before its modal runs back to the break before it that is no comma.)
    if (c === m && tokens[m - 1]?.text === ',') c = back(false);
    // ("…, which would become a buffer zone"; a "that" only right before the modal: "that zone would …" is a point.)
    const rel = relatives.has(tokens[c]?.lower ?? '') && (tokens[c].lower !== 'that' || c + 1 === m);
    // The clause ends at the next break after its modal.
    let e = m + 1;
    while (e < to && !breaks.has(tokens[e].lower) && !breaks.has(tokens[e].text)) e++;
    prevEnd = m + 1;
    if (rel || c >= m) continue;
    // A stance of its own in the clause (its verb, or one covering the modal) is the point already.
    if (raw.some((r) => (r.start >= c && r.start < e) || (r.start <= m && m < r.end))) continue;
    out.push([c, e]);
  }
  return out;
}

/** A sentence that predicts or judges rather than lists: "would likely", "is expected to", "analysts". */
export function predicts(doc: Doc, s: Sentence): boolean {
  const hedges = doc.index.words(planPointsGoOn.id, 'hedges');
  for (let i = s.tStart; i < s.tEnd; i++) if (doc.mentions.inQuote[i] !== 1 && hedges.has(doc.tokens[i].lower)) return true;
  return false;
}

/** A stance that reacts to the plan ("would never accept such terms", "would reject it"), not a point of it. */
export function reactsToPlan(doc: Doc, r: Trigger): boolean {
  if (r.type !== 'ACCEPT' && r.type !== 'REJECT') return false;
  const dets = doc.index.words(planReaction.id, 'determiners');
  const objects = doc.index.words(planReaction.id, 'objects');
  let j = r.end;
  while (dets.has(lowerAt(doc, j))) j++;
  if (objects.has(lowerAt(doc, j))) return true;
  return doc.mentions.documents.some((d) => d.start >= r.end && d.start <= j);
}
