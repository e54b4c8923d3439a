// "Lavrov said Moscow would not leave the talks", "Washington will not walk away from the negotiations": a party that
// says it will not leave the talks commits itself to staying in them, its own offer of talks (spec §2 OFFER: the actor
// signals it would itself do something), not a refusal of the talks nor a threat to walk out. A negation right before
// a verb of leaving ('leaving', with its particle) on a stance whose issue is the talks.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const staysAtTable = defineRule({
  id: 'claim/stays-at-table', stage: 'claim',
  reason: '"Moscow would not leave the talks", "Washington will not walk away from the negotiations", "Belgrade would never quit the dialogue": a negation (\'negators\') within three words before one of \'leaving\' verbs, in or right after the trigger, on a stance about the talks, is the party\'s commitment to stay in them: OFFER talks, not REJECT (a refused act of leaving) nor THREATEN (walking away). Not a stance on another issue ("would not leave the region" stays a refusal of land).',
});

/** Whether trigger t, on the talks, is a negated verb of leaving them (claim/stays-at-table). */
export function staysAtTableAt(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const leaving = doc.index.words(staysAtTable.id, 'leaving');
  const negators = doc.index.words(staysAtTable.id, 'negators');
  for (let v = t.start; v < Math.min(t.end + 2, s.tEnd); v++) {
    if (!leaving.has(tokens[v].lower)) continue;
    for (let k = v - 1; k >= Math.max(s.tStart, v - 3); k--) if (negators.has(tokens[k].lower)) return true;
    return false;
  }
  return false;
}
