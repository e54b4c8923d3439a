// "Russia would not take advantage of the opening of the ports to attack Ukraine", "Ukraine would not use the
// humanitarian corridor for military operations against Russia", "Ukraine would not strike Russian energy
// facilities": a party ruling out a harmful act of its own with "will" or "would" promises restraint — a concession
// phrased as a refusal (spec §3 rule 7: "Ukraine refuses to join military unions", said as a promise, is an OFFER).
// What it offers is a halt to that harm, a ceasefire term: the corpora's gold reads these OFFER ceasefire (own S, W,
// AE, AF, AL, AN, M). Only the verbs of attack harm.ts reads as a ceasefire step ("would not strike", "will not
// attack"), taking advantage of an opening, and using something "for military operations" or "to attack". Not "could
// not"/"cannot" (ability), nor a harm of another kind refused ("would not impose sanctions": a third party's refusal
// of the measure), nor a cessation refused ("would not halt the strikes": no harmful verb after "not"), nor "would not
// hesitate to strike" (a threat, cue threaten). Words: rules.json candidate/refrained-harm.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { harmAt } from './harm.js';

export const refrainedHarm = defineRule({
  id: 'candidate/refrained-harm', stage: 'candidate',
  reason: 'A negated modal of will (\'modals\': would, will, shall — not could or cannot) before a verb of attack that harm.ts reads as a ceasefire step ("would not strike", "will not attack"), before "take advantage" (\'advantage\'), or before a verb of using (\'useVerbs\') with a hostile purpose in its clause (\'purposes\': "for military operations", "to attack", "against") is restraint promised: OFFER ceasefire (spec §3 rule 7), not REJECT.',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** The issue of the restraint a negated modal at `i` promises with the verb at `j` ("would not strike" → ceasefire), else null. */
export function refrainedHarmAt(doc: Doc, s: Sentence, i: number, j: number): string | null {
  const w = (list: string) => doc.index.words(refrainedHarm.id, list);
  if (!w('modals').has(lower(doc, i))) return null;
  const verb = lower(doc, j);
  // ("would not take advantage of the opening of the ports")
  if (w('takeVerbs').has(verb)) return w('advantage').has(lower(doc, j + 1)) ? 'ceasefire' : null;
  // ("would not use the corridor for military operations", "would not use the pause to attack")
  if (w('useVerbs').has(verb)) {
    const purposes = w('purposes'), attacks = w('attackVerbs');
    for (let k = j + 1; k < Math.min(j + 14, s.tEnd); k++) {
      const x = lower(doc, k);
      if (x === ';' || x === '.' || x === 'but' || x === 'if' || x === 'unless') break;
      if (purposes.has(x) || (x === 'to' && attacks.has(lower(doc, k + 1)))) return 'ceasefire';
    }
    return null;
  }
  return harmAt(doc, s, j) === 'ceasefire' && w('attackVerbs').has(verb) ? 'ceasefire' : null;
}
