// A lesser form of a step said to be no substitute for the full one (claim/lesser-substitute): "the short pause to
// collect the dead was no substitute for a full truce", "a humanitarian pause is not a substitute for a ceasefire".
// Cue no-substitute reads what follows as the speaker's precondition, a DEMAND ("talks could not replace a ceasefire"
// demands the ceasefire; the talks named before it are not refused). When what the clause names before the cue is of
// the same issue as what follows, the speaker is turning down that lesser form of the step, most often the other
// side's offer of it: one claim on the issue, a REJECT (spec §2: "rules out"; the tuning gold files every such line
// REJECT, and the different-issue line DEMAND).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const lesserSubstitute = defineRule({
  id: 'claim/lesser-substitute', stage: 'claim',
  reason: 'A no-substitute demand whose own clause names, before the cue (back to a clause mark or a word of \'stops\', at most \'window\' words), a term of the same issue as its content refuses that lesser form of the step: "short local pauses to collect the dead were no substitute for a full truce, Yerevan said" = ARM REJECT ceasefire. With another issue before it the content stays a demand ("talks could not replace a ceasefire" = DEMAND ceasefire), and so with nothing named before it.',
});

/** Whether the no-substitute demand `t` on `issue` has a term of that same issue before it in its clause. */
export function lesserSubstituteAt(doc: Doc, s: Sentence, t: Trigger, issue: string): boolean {
  if (t.cue?.id !== 'no-substitute') return false;
  const stops = doc.index.words(lesserSubstitute.id, 'stops');
  const window = Number([...doc.index.words(lesserSubstitute.id, 'window')][0] ?? 14);
  for (let k = t.start - 1; k >= s.tStart && k >= t.start - window; k--) {
    if (stops.has(doc.tokens[k].lower)) return false;
    if (doc.issueAt.get(k)?.values.some((v) => v.issue === issue)) return true;
  }
  return false;
}
