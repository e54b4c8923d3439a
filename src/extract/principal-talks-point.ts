// A point on the talks in a principal side's own list ("10. Confirmation of the end of the war, with a document signed
// by the parties." in Kyiv's formula, "- a summit of the two leaders to sign the treaty" in Baku's plan) puts forward a
// format: PROPOSE (spec §2: PROPOSE is "a format"), as a principal side's document under a factbox heading proposes
// its talks (content/document-heading's documentPointType). The list makes its points on the substance demands on the
// other side (sentence/principal-formula, candidate/principal-plan-item); a point on the talks asks nothing of the
// other side alone. Only a bare point, with no modal of its own: "- talks could only be held on the basis of the
// realities on the ground" sets a condition on the talks, a demand.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const principalTalksPoint = defineRule({
  id: 'claim/principal-talks-point', stage: 'claim',
  reason: 'A bare point on the talks (no modal of its own) in a principal side\'s own list of points ("10. Confirmation of the end of the war, with a document signed by the parties", "- a summit of the two presidents to sign the treaty", "3. A conference of all the guarantor states") is a format that side puts forward: PROPOSE, not the DEMAND its points on the substance are (the tuning sets\' gold types such points PROPOSE talks in six sets). A point with a modal ("- talks could only be held after a withdrawal") stays a demand on the talks.',
});

/** Whether tokens [from, to) of a point hold no modal: the point is a bare noun phrase or a non-finite clause. */
export function barePoint(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.index.set.modals.has(doc.tokens[j].lower)) return false;
  return true;
}
