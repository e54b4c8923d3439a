// A pressure kept up "until" the other side moves ("the bloc would keep up the pressure until Russia agrees to an
// unconditional ceasefire and comes to the table", "Brussels would keep its sanctions in place until Russia withdrew",
// "London will maintain its sanctions until Moscow returns to the table") says when a standing measure ends: the
// statement is the pressure kept, whose quote the annotators take whole (DEMAND|THREATEN sanctions), and the end point
// is no second demand of its own (the tuning sets' gold marks 0 of 6 such end points, as it marks none for "as long as
// the killing continues", claim/ongoing-duration). A new measure threatened "until …" ("was considering sanctions and
// tariffs until a ceasefire was agreed") and a refusal "until …" ("will not negotiate until Russia withdraws",
// claim/if-condition) keep their demand; so does a measure kept on another issue ("would continue to block the
// accession talks until the minority's rights are restored": what is blocked is not the pressure itself).
// conditions.ts asks it for each "until" condition it pairs with a threat. Words: rules.json claim/pressure-until.
import type { Doc } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const pressureUntil = defineRule({
  id: 'claim/pressure-until', stage: 'claim',
  reason: 'A threat on sanctions whose cue keeps a measure going (a word of \'keepVerbs\' in the cue: "would keep up the pressure", "would keep its sanctions in place", "will maintain the sanctions") with an "until" condition ("… until Russia agrees to a ceasefire and comes to the table", "… until Russia withdrew") says when the standing pressure ends: the sentence states the pressure kept, and the end point is no second DEMAND claim (tuning gold: 0 of 6). A new measure "until …" ("considering sanctions until a ceasefire is agreed"), a refusal "until …" and a kept measure on another issue ("continue to block the accession talks until …") keep their demand (claim/if-condition).',
});

/** Why the "until" condition of `main` states no demand of its own, or null (claim/pressure-until). */
export function pressureUntilCondition(doc: Doc, main: Claim): string | null {
  if (main.type !== 'THREATEN' || main.issue !== 'sanctions') return null;
  const keep = doc.index.words(pressureUntil.id, 'keepVerbs');
  for (const m of main.mentions) {
    if (m.kind !== 'cue') continue;
    const word = m.text.toLowerCase().split(/\s+/).find((w) => keep.has(w));
    if (word) return `a measure kept up ("${word}") until the other side moves: when the pressure ends, no demand of its own`;
  }
  return null;
}
