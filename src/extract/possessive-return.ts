// A stance on "their release", "their return", "his freedom" names its issue by what the possessive stands for
// (referent resolution): "Baku holds 23 Armenian detainees, and Yerevan has demanded their release", "Kyiv handed over
// a list of 339 deported children and asked for their return", "Hamas still holds hostages; Israel demands their
// immediate return" are demands on the people held (humanitarian); "the occupied districts … Georgia will never stop
// seeking their return" on the land (territory); "the frozen reserves … Moscow insists on their release" on the assets
// (sanctions). The noun of giving back or setting free names nothing by itself: the issue is that of the thing named
// last before the possessive, in its sentence, else in the sentence before it in the same paragraph, and only when
// that issue is one a thing can be given back or set free in ('issues'). Words: rules.json content/possessive-return.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const possessiveReturn = defineRule({
  id: 'content/possessive-return', stage: 'content',
  reason: 'A stance whose object is a possessive pronoun and a noun of giving back or setting free ("demanded their release", "asked for their return", "insists on his immediate freedom") is about what the pronoun stands for: the issue of the last term named before it (its sentence, else the sentence before it in the paragraph), when that is people held (humanitarian), land (territory) or assets (sanctions).',
});

/** The item of a stance on "their release"/"their return" of a thing named before, else none. */
export function possessiveReturnItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.nominal || t.exchange || t.object === 'before') return [];
  const w = (list: string) => doc.index.words(possessiveReturn.id, list);
  const { tokens } = doc;
  let k = t.end;
  if (k < s.tEnd && w('prepositions').has(tokens[k].lower)) k++;
  if (k >= s.tEnd || !w('possessives').has(tokens[k].lower)) return [];
  const pronoun = k++;
  // ("their immediate and unconditional release": a few words of manner before the noun.)
  for (let n = 0; n < 3 && k < s.tEnd && w('modifiers').has(tokens[k].lower); n++) k++;
  if (k >= s.tEnd || !w('nouns').has(tokens[k].lower)) return [];
  const end = k + 1;
  // (The noun's own object follows it, "their return to the negotiating table": read by the content rules.)
  if (end < s.tEnd && w('notBefore').has(tokens[end].lower)) return [];
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  const allowed = w('issues');
  for (let j = t.start - 1; j >= floor; j--) {
    const term = doc.issueAt.get(j);
    if (!term || term.end > pronoun) continue;
    const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak).sort((a, b) => b.rank - a.rank)[0];
    if (!best) continue;
    // (The thing named last decides: "… the talks on the detainees. Baku demanded their release" stands for the
    // detainees; a term of another issue named last stands for something no one gives back.)
    return allowed.has(best.issue) ? [{ issue: best.issue, regions: [], start: t.start, end }] : [];
  }
  return [];
}
