// Standing by, sticking to or remaining committed to a proposal keeps one's acceptance of it in force:
// "Armenia still stood by the truce it had signed in Moscow" is ARM ACCEPT ceasefire (cue stand-by). Standing
// by one's own stance restates that stance instead: "Moscow stands by its demand that Kyiv withdraw from
// Donetsk" is the demand, read by the noun's own cue, not an acceptance of it.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const stoodByOwnStance: MatchRule = defineRule({
  id: 'trigger/stood-by-own-stance', stage: 'trigger',
  reason: '"stands by its demand that …", "stuck to their offer of …", "remains committed to his plan": standing by the holder\'s own stance (a possessive pronoun after the cue) restates that stance, which its noun\'s cue reads; only another\'s or a shared proposal ("stood by the 30-day ceasefire", "sticks to Washington\'s plan") is accepted.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'stand-by') return;
    const next = t.end < s.tEnd ? doc.tokens[t.end].lower : '';
    if (doc.index.words(stoodByOwnStance.id, 'possessives').has(next)) return { drop: `stood by ${next} own stance: a restatement, not an acceptance` };
    // A stance noun with no other party's possessive before it is the holder's own too ("sticks to Donbas demand",
    // "stood by the demand for …"); "sticks to Washington's demand" accepts another's.
    const nouns = doc.index.words(stoodByOwnStance.id, 'stanceNouns');
    for (let j = t.end; j < Math.min(t.end + 4, s.tEnd); j++) {
      const x = doc.tokens[j].lower;
      if (x === "'s" || x === '’s' || x.endsWith("'s") || x.endsWith('’s')) return;
      if (nouns.has(x)) return { drop: `stood by the ${x}: the holder's own stance restated` };
    }
  },
});
