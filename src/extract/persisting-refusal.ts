// A threat whose condition is the other side persisting in a refusal ("would coordinate further sanctions if Russia
// kept refusing a ceasefire", "would support a new package of sanctions if Moscow continued to reject a truce") refers
// back to a demand already on the table: the refusal it names presupposes that the thing refused was asked for before.
// What the sentence states is the threat; the tuning sets' annotators mark it alone (0 of 8 such demands in gold), as
// they do for a threat whose own claim spans its condition (claim/threat-carries-condition). A plain condition ("if
// Moscow rejected the truce", "unless Russia agrees to a ceasefire") still states its demand (claim/if-condition).
// conditions.ts asks it for each condition it pairs with a threat.
import type { Doc } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const persistingRefusal = defineRule({
  id: 'claim/persisting-refusal', stage: 'claim',
  reason: 'A threat\'s condition that is the other side going on refusing something ("the leaders said they would coordinate further sanctions with Washington if Russia kept refusing a ceasefire", "would back new sanctions if Moscow continued to reject a truce", "if Belgrade still refuses to recognise the association"): a word of \'continuations\' (claim/threat-condition\'s) right before a verb of \'refusals\' (an optional "to" between) within the condition\'s first words refers back to a demand already made, and the sentence states only the threat: no second DEMAND claim (the tuning sets\' gold has the threat alone, 0 of 8). A plain condition, "if Moscow rejected the truce", keeps its demand (claim/if-condition).',
});

/** Why the condition [from, to) of the threat `main` states no demand of its own, or null (claim/persisting-refusal). */
export function persistingRefusalCondition(doc: Doc, main: Claim, from: number, to: number): string | null {
  if (main.type !== 'THREATEN') return null;
  const { tokens } = doc;
  const continuing = doc.index.words('claim/threat-condition', 'continuations');
  const refusals = doc.index.words(persistingRefusal.id, 'refusals');
  // The continuation follows the condition's subject, a short noun phrase ("if Russia kept", "if the Kremlin still").
  for (let k = from; k < Math.min(to - 1, from + 5); k++) {
    if (!continuing.has(tokens[k].lower)) continue;
    const v = tokens[k + 1].lower === 'to' ? k + 2 : k + 1;
    if (v < to && refusals.has(tokens[v].lower)) return `"${tokens[k].lower} … ${tokens[v].lower}": a refusal going on, the demand already made; the threat alone`;
    return null;
  }
  return null;
}
