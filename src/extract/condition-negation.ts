// Whether a condition is negated (claim/condition-negation-scope): a negation counts only where it negates the
// condition's own verb ("as long as it does not involve a NATO presence", "if Russia did not agree to a truce"),
// not where it sits in an aside or a relative clause that describes a noun of the condition ("if Ukraine pulled
// its troops out of the four regions — including the parts Russia does not control —", "once Kyiv left the areas
// it does not hold") nor where it negates an infinitive the condition asks for ("if Kyiv committed not to join
// NATO"). conditions.ts reads a negated condition of an offer as a refusal, of a threat as what is wanted: a
// negation out of scope made "would order a ceasefire … if Ukraine pulled all its troops out of the four regions,
// including the parts Russia does not control" refuse the withdrawal it demands.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const conditionNegationScope = defineRule({
  id: 'claim/condition-negation-scope', stage: 'claim',
  reason: 'A condition is negated only by a negation (claim/if-condition \'negations\') of its own clause. One after an aside or relative opener (\'boundaries\': a dash, a parenthesis, a comma, "including", "that", "which", "where", …), one in a relative clause without a pronoun ("the parts Russia does not control": a noun, a party or pronoun and an auxiliary, \'auxiliaries\', before it) and a word of \'infinitiveNegations\' before "to" ("committed not to join NATO": the act asked for is itself a refusal; "refused to engage" still negates) leave the condition affirmative: "would order a ceasefire if Ukraine pulled out of the four regions — including the parts Russia does not control" demands the withdrawal, it does not refuse it.',
});

/** Whether the condition in tokens [from, to) is negated in its own clause, given the negation words (claim/condition-negation-scope). */
export function conditionNegated(doc: Doc, from: number, to: number, negations: ReadonlySet<string>): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(conditionNegationScope.id, list);
  const boundaries = w('boundaries');
  const auxiliaries = w('auxiliaries');
  const pronouns = w('pronouns');
  const notNouns = w('notNouns');
  for (let k = from; k < to; k++) {
    const x = tokens[k];
    // (Past an aside or a relative opener, what follows describes a noun of the condition, not its verb.)
    if (k > from && boundaries.has(x.lower)) return false;
    if (!negations.has(x.lower)) continue;
    // ("committed not to join NATO": the infinitive asked for is negated, the condition is not.)
    if (w('infinitiveNegations').has(x.lower) && tokens[k + 1]?.lower === 'to') continue;
    // ("the parts Russia does not control": noun + subject + auxiliary before the negation, a relative clause.)
    const aux = tokens[k - 1], subj = tokens[k - 2], noun = tokens[k - 3];
    if (k - 3 >= from && aux && auxiliaries.has(aux.lower) && subj && (subj.cap || pronouns.has(subj.lower)) && noun?.word && !noun.cap && !notNouns.has(noun.lower)) continue;
    return true;
  }
  return false;
}
