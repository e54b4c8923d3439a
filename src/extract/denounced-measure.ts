// A measure of economic pressure called an act of war: "Orban said the reparations loan was 'a declaration of war'",
// "Moscow compared the Western sanctions to 'a declaration of war'", "using the frozen assets would be an act of war".
// The threat predicate (cues.json threat-predicate) names what the speaker would do to a target ("foreign troops would be
// legitimate targets"); a sanction, a loan or the use of assets is no target the speaker can strike, so calling it war
// denounces it: the speaker refuses the measure (gold of own AB, V, X: HUN, RUS REJECT sanctions).
import { defineRule } from './rules/registry.js';

export const denouncedMeasure = defineRule({
  id: 'claim/denounced-measure', stage: 'claim',
  reason: 'A threat predicate (cue threat-predicate: "a declaration of war", "an act of war", "casus belli") whose subject is a sanctions measure (issue sanctions: sanctions, a reparations loan, the use of frozen assets) refuses the measure (REJECT), as calling a plan "an ultimatum" does: the speaker names no harmful step of its own (gold of own AB, V, X).',
});
