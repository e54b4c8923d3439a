// One claim per statement (spec §3 rule 1): repeated reports of the same position within an article
// (same actor, type and issue, compatible dates, and the same sources or a region-less restatement)
// are merged, keeping the regions of all of them and every place as evidence.
import { rangesOverlap } from '../annotate/dates.js';
import type { Claim } from './types.js';

function sameOccasion(a: Claim, b: Claim): boolean {
  if (a.date.value == null && b.date.value == null) return true;
  if (a.date.value == null || b.date.value == null) return a.date.basis !== 'text' && b.date.basis !== 'text' ? true : a.modality === b.modality;
  if (!rangesOverlap(a.date.value, b.date.value)) return false;
  // ("Kyiv would accept a neutral status" at the Prague round of 29 March 2022; "Zelensky had said in March 2022 that
  // Ukraine was ready to discuss neutrality": two days read from two places of the text, one inside the other's
  // month, are two occasions, document/distinct-dates.)
  // (Calendar dates only: "last week" or "since April" is a span a day of it may restate.)
  const calendar = typeof a.date.value === 'string' && typeof b.date.value === 'string';
  return !(calendar && a.date.basis === 'text' && b.date.basis === 'text' && a.date.span && b.date.span && a.date.span[0] !== b.date.span[0] && a.date.value !== b.date.value);
}

/** The bullet item of a plan that a claim states, by paragraph (document/distinct-provisions): set by makeClaim. */
const provisions = new WeakMap<Claim, number>();

/** Marks `c` as stating the plan's provision in the bullet paragraph `paragraph`. */
export function markProvision(c: Claim, paragraph: number): void { provisions.set(c, paragraph); }

/** Claims told as a standing position ("has for months ruled out", "has long insisted"), document/standing-position. */
const standing = new WeakSet<Claim>();

/** Marks `c` as a standing position, held over a span rather than stated on one occasion. */
export function markStanding(c: Claim): void { standing.add(c); }

/** The factbox heading (its sentence) under which a claim is one of a party's document's points (document/factbox-points). */
const factboxes = new WeakMap<Claim, number>();

/** Marks `c` as a point of the party's document that the factbox heading in sentence `heading` opens. */
export function markFactboxPoint(c: Claim, heading: number): void { factboxes.set(c, heading); }

/**
 * The facets of a claim's content that tell two offers of one issue apart (document/distinct-scopes): e.g. a halt to
 * strikes on energy sites and safe navigation at sea are two ceasefires, a leaders' meeting and another delegation round
 * two proposals on the talks. Given by the caller from the lexicon; none when the quote names no facet.
 */
export type ScopesOf = (c: Claim) => Set<string>;

function disjoint(x: Set<string>, y: Set<string>): boolean {
  if (!x.size || !y.size) return false;
  for (const k of x) if (y.has(k)) return false;
  return true;
}

function compatible(a: Claim, b: Claim, scopes?: ScopesOf): boolean {
  // An offer and an acceptance of the same thing on one occasion are one position stated two ways
  // ("open to a ceasefire … could broadly agree to freeze the conflict"); spec §3 rule 3.
  const tentative = a.modality === 'possible' || b.modality === 'possible';
  const sameType = a.type === b.type || (tentative && (a.type === 'OFFER' || a.type === 'ACCEPT') && (b.type === 'OFFER' || b.type === 'ACCEPT'));
  if (a.actor !== b.actor || !sameType || a.issue !== b.issue) return false;
  if (!sameOccasion(a, b)) return false;
  // ("• Ukraine will remain a non-nuclear state." and "• Its army will be capped at 600,000.": two bullet items of a
  // plan are two of its provisions, not one restated, document/distinct-provisions.)
  const pa = provisions.get(a), pb = provisions.get(b);
  if (pa !== undefined && pb !== undefined && pa !== pb) return false;
  // ("FACTBOX — UKRAINE'S MEMORANDUM" + "* An all-for-all exchange of prisoners …" and, in the story, "Umerov … demanded
  // their return": a point of the party's document is its own statement, not a restatement of what a speaker said
  // elsewhere in the article, document/factbox-points.)
  if (factboxes.get(a) !== factboxes.get(b)) return false;
  // ("Kyiv has for months ruled out any talks until Russia withdraws" and "on Friday Zelensky said opening negotiations
  // … would only freeze the war": a standing position and a statement on a day the text names are two statements,
  // spec §3 rule 2, document/standing-position.)
  if (standing.has(a) !== standing.has(b) && (standing.has(a) ? b : a).date.basis === 'text') return false;
  // ("agreed to stop attacks on energy infrastructure" and "agreed to ensure safe navigation in the Black Sea": two
  // ceasefires of one call, each its own offer, spec §3 rule 1 "a different offer"; document/distinct-scopes.)
  if (scopes && disjoint(scopes(a), scopes(b))) return false;
  // Different groups of sources with different places are different statements ("three of the people said … two of the officials said").
  // An "in exchange for X" clause restates what is asked; it joins the demand whatever its sources.
  const restatement = a.rule.includes('cue:condition') || b.rule.includes('cue:condition');
  // ("Peskov said on Friday that … . According to two people familiar with the talks, quoted by Bloomberg, Russia had
  // insisted that …": unnamed sources another outlet quotes are another set of sources than the statement reported on
  // the article's own word, even with no places to tell them apart.)
  if (!restatement && a.source.outlet !== b.source.outlet && (a.source.credited || b.source.credited) && (a.source.attribution === 'anonymous' || b.source.attribution === 'anonymous')) return false;
  if (!restatement && a.regions.length && b.regions.length && a.source.count !== undefined && b.source.count !== undefined && a.source.count !== b.source.count) return false;
  return true;
}

const LOOKBACK = 200;

/** Merges compatible claims; returns the kept claims and a map from dropped ids to kept ids. */
export function mergeClaims(claims: Claim[], scopes?: ScopesOf): { claims: Claim[]; alias: Map<string, string> } {
  const kept: Claim[] = [];
  const alias = new Map<string, string>();
  // Only claims of one actor and issue can merge: look among those, and among the last LOOKBACK of
  // them only, so an absurd article of thousands of distinct claims stays linear (issue 10).
  const byKey = new Map<string, number[]>();
  for (const c of claims) {
    const key = `${c.actor}\u0000${c.issue}`;
    const group = byKey.get(key) ?? [];
    const at = group.find((g) => compatible(kept[g], c, scopes));
    if (at === undefined) {
      group.push(kept.length);
      if (group.length > LOOKBACK) group.shift();
      byKey.set(key, group);
      kept.push(c);
      continue;
    }
    const into = kept[at];
    // The more specific report (with places, then with a date read from the text) leads.
    const lead = c.regions.length > into.regions.length || (c.date.basis === 'text' && into.date.basis !== 'text' && c.regions.length >= into.regions.length);
    const regions = [...new Set([...into.regions, ...c.regions])];
    if (lead) {
      // Appended in place: copying a long evidence list at every merge was quadratic (issue 10).
      into.evidence.push({ quote: into.quote, span: into.span }, ...c.evidence);
      const merged: Claim = { ...c, id: into.id, regions, evidence: into.evidence, conditions: [...new Set([...into.conditions, ...c.conditions])] };
      if (merged.date.basis !== 'text' && into.date.basis === 'text') merged.date = into.date;
      if (merged.source.count === undefined && into.source.count !== undefined) merged.source = { ...merged.source, count: into.source.count };
      kept[at] = merged;
    } else {
      into.regions = regions;
      into.evidence.push({ quote: c.quote, span: c.span }, ...c.evidence);
      into.conditions = [...new Set([...into.conditions, ...c.conditions])];
      if (into.date.basis !== 'text' && c.date.basis === 'text') into.date = c.date;
      if (into.source.count === undefined && c.source.count !== undefined) into.source = { ...into.source, count: c.source.count };
    }
    alias.set(c.id, into.id);
  }
  for (const k of kept) k.conditions = [...new Set(k.conditions.map((id) => alias.get(id) ?? id))].filter((id) => id !== k.id);
  return { claims: kept, alias };
}
