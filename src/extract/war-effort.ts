// A party's own war effort is no plan. content/plan-is-talks counts "effort" and "efforts" as plan nouns, since a
// stance on peace efforts is one on the talks ("would continue its efforts", "welcomed the mediation efforts"). With a
// word of fighting right before it, the effort is the war itself: "Armenia would not scale back its defence efforts",
// "Eritrea will keep up its military effort", "pledged to sustain the war effort" state a party's conduct of the war,
// a fact about the war (spec §1, "not claims"), not a stance on the talks. The effort noun is then no plan noun, and
// with nothing else in the object the stance names no issue.
// Words: rules.json content/war-effort.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const warEffort = defineRule({
  id: 'content/war-effort', stage: 'content',
  reason: 'An effort noun (\'nouns\') right after a word of fighting (\'modifiers\': defence, military, war, combat …) in the three tokens after the cue is the party\'s own war effort, not a plan noun of content/plan-is-talks: "Armenia would not scale back its defence efforts" names no issue, rather than REJECT talks (spec §1: facts about the war are no claims). Only when no other plan noun stands there.',
});

/** Whether the plan nouns in the three tokens after `t`'s cue are all efforts of war ("its defence efforts"). */
export function warEffortObject(doc: Doc, s: Sentence, t: Trigger, plans: Set<string>): boolean {
  if (t.object === 'before') return false;
  const { tokens } = doc;
  const nouns = doc.index.words(warEffort.id, 'nouns'), mods = doc.index.words(warEffort.id, 'modifiers');
  let war = false;
  // (Four tokens, one past the object window, so that the head noun objectHead finds is covered as well.)
  for (let k = t.end; k < Math.min(t.end + 4, s.tEnd); k++) {
    const x = tokens[k].lower;
    if (!plans.has(x)) continue;
    if (nouns.has(x) && k > t.end && mods.has(tokens[k - 1].lower)) war = true;
    else return false;
  }
  return war;
}
