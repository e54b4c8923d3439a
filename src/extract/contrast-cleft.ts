// A contrastive cleft (issue 7, "refusals by contrast"): "It is not Ukraine that should withdraw its troops, but
// Russia", "It is not Belgrade who must make concessions but Pristina". The negation denies the act of the party
// it focuses, and "but" hands the same act to another: the deontic is the speaker's demand of that party, not a
// negated demand (trigger/negation). Words: rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const contrastCleft = defineRule({
  id: 'trigger/contrast-cleft', stage: 'trigger',
  reason: 'A deontic in a contrastive cleft ("It is not Ukraine that should withdraw, but Russia") is demanded of the party after "but": the negation before it focuses the party it denies the act to, it does not negate the demand.',
});

/** The negation at `neg` opens "it is not X that/who" before the deontic at `at`, and "but" follows it in the sentence. */
export function isContrastCleft(doc: Doc, s: Sentence, neg: number, at: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(contrastCleft.id, list);
  if (!w('copulas').has(tokens[neg - 1]?.lower ?? '') || tokens[neg - 2]?.lower !== 'it') return false;
  let rel = false;
  for (let j = neg + 1; j < at; j++) if (w('relatives').has(tokens[j].lower)) { rel = true; break; }
  if (!rel || at - neg > 8) return false;
  for (let j = at + 1; j < s.tEnd; j++) if (tokens[j].lower === 'but') return true;
  return false;
}
