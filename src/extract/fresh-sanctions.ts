// Sanctions a party says it would prepare, propose, draft or press ahead with, named as new, further or the next package
// ("the bloc would propose new sanctions against Moscow", "Brussels was preparing an 18th package of sanctions", "we
// are prepared to do that, including with further sanctions", "would press ahead with a new package of sanctions"),
// are pressure held over the other side: a warning of a harmful step (spec §2 THREATEN), not an arrangement put
// forward nor a concession offered. Tuning gold: 8 THREATEN, 3 THREATEN with another type, 1 REJECT (a package that
// would not follow Washington's), none PROPOSE or OFFER. Only a proposal or an offer is re-read (a call for new
// sanctions stays a demand); the word of newness must stand right before the sanctions noun or its package, one word
// between ('a new package of sanctions', 'new tough sanctions'), and relief or exemptions after it leave it alone.
// Words: rules.json claim/fresh-sanctions.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const freshSanctions = defineRule({
  id: 'claim/fresh-sanctions', stage: 'claim',
  reason: 'A proposal or an offer on sanctions whose item names new, further or the next sanctions or package (\'fresh\', or an ordinal: "an 18th package") right before a sanctions noun (\'nouns\', one word between at most), with no word of relief after it (\'relief\'), is THREATEN: "the bloc would propose new sanctions against Moscow", "prepared to do that, including with further sanctions" (tuning gold 11 of 12 THREATEN or THREATEN with another type).',
});

/** True when the sanctions `item` names new, further or the next sanctions. */
export function freshSanctionsAt(doc: Doc, s: Sentence, item: IssueItem): boolean {
  if (item.issue !== 'sanctions') return false;
  const w = (list: string) => doc.index.words(freshSanctions.id, list);
  const { tokens } = doc;
  const fresh = (x: string) => w('fresh').has(x) || /^\d+(st|nd|rd|th)$/.test(x);
  const from = Math.max(s.tStart, item.start - 3), to = Math.min(s.tEnd, item.end + 1);
  for (let k = from; k < to; k++) {
    if (!fresh(tokens[k].lower)) continue;
    for (const j of [k + 1, k + 2]) {
      if (j >= s.tEnd || !w('nouns').has(tokens[j].lower)) continue;
      // ("new sanctions relief", "further sanctions waivers": relief is no pressure.)
      if (w('relief').has(tokens[j + 1]?.lower ?? '')) return false;
      return true;
    }
  }
  return false;
}
