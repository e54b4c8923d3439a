// A principal side's own plan or statement is read as its demands (sentence/plan-proposes: "Russia's memorandum …
// requires the cessation of arms deliveries"). A provision on the talks that binds every side alike, "reaching peace
// requires the involvement of and dialogue between all parties", "a settlement needs talks between both sides", asks
// nothing of the other side that it does not ask of its own: it is a format put forward (spec §2: PROPOSE, "a format"),
// as a mutual step in such a plan already is (sentence/principal-formula keeps a plan's ceasefire PROPOSE). Tuning gold
// types the communiqué's "involvement of and dialogue between all parties" PROPOSE in every set that annotates it (own
// AA, AU, AT, AV, BH, S, Y; PROPOSE|DEMAND in older sets). A demand on the talks aimed at the other side ("Kyiv's plan
// requires Russia to come to the table") names no word of all sides and stays a demand.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const planMutualFormat = defineRule({
  id: 'sentence/plan-mutual-format', stage: 'sentence',
  reason: 'A DEMAND in a principal side\'s own plan whose items are all on the talks and name every side alike (\'phrases\': "all parties", "both sides", "the two sides" …) is a format put forward, PROPOSE ("reaching peace requires the involvement of and dialogue between all parties"), not a demand on the other side.',
});

/** True when the items (all on talks) between from and to name all sides alike (sentence/plan-mutual-format). */
export function mutualFormatAt(doc: Doc, items: ReadonlyArray<{ issue: string; start: number; end: number }>): boolean {
  if (!items.length || !items.every((it) => it.issue === 'talks')) return false;
  const phrases = doc.index.words(planMutualFormat.id, 'phrases');
  const from = Math.min(...items.map((it) => it.start)), to = Math.max(...items.map((it) => it.end));
  for (let k = from; k + 1 < to; k++) {
    const two = `${doc.tokens[k].lower} ${doc.tokens[k + 1].lower}`;
    const three = k + 2 < to ? `${two} ${doc.tokens[k + 2].lower}` : '';
    if (phrases.has(two) || phrases.has(three)) return true;
  }
  return false;
}
