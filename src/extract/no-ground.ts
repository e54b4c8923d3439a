// Seeing no point, ground or reason for a step (cue "no-ground", lexicon/data/cues.json) refuses the step; this
// rule keeps it from refusing a belief or a delay. Word list: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const groundedStep: MatchRule = defineRule({
  id: 'trigger/no-ground-step', stage: 'trigger',
  reason: '"no reason to believe Moscow wants a truce", "no reason to doubt their word", "no reason for Sweden to wait any longer": a verb of believing, expecting, fearing or delaying after "no reason/need/point … to" refuses no step (it affirms the opposite, or judges a belief); the refusal is of a step only ("no reason to resume the dialogue"). The verb is the first after the cue\'s "to", or after "for", a party of up to three words and "to".',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'no-ground') return;
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    let j = t.end;
    if (lower(t.end - 1) !== 'to') {
      // "no reason for Sweden to wait": the step's subject between "for" and "to".
      if (lower(t.end - 1) !== 'for') return;
      let k = t.end;
      while (k < Math.min(t.end + 4, s.tEnd) && lower(k) !== 'to') k++;
      if (lower(k) !== 'to') return;
      j = k + 1;
    }
    const verb = lower(j);
    return doc.index.words(this.id).has(verb) ? { drop: `"${verb}" is no step` } : undefined;
  },
});
