// A condition inside one reported clause ends where "and that" opens the next one. "Trump said that 'nothing's going
// to happen until Putin and I get together' and that he was ready to meet the Russian leader", "Biden said the United
// States would support Ukraine 'for as long as it takes' and that nothing about Ukraine would be decided without
// Ukraine": the second that-clause is another complement of the verb of saying, a statement of its own, not part of
// the condition (conditionEnd in condition-marks.ts stops there, so trigger/blocker leaves its stance alone and the
// condition's content does not run on into it). Words: rules.json under the id.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const conditionThatClause = defineRule({
  id: 'claim/condition-that-clause', stage: 'claim',
  reason: 'A condition ends before "and that" / "but that" ("coordinators", an optional comma before) opening a new complement clause: "said that \'nothing\'s going to happen until Putin and I get together\' and that he was ready to meet the Russian leader", "would keep the sanctions until Baku withdrew, and that Yerevan could sign next week"; the stance in that clause is the speaker\'s own, not the condition\'s. Not when the condition\'s own mark takes a that-clause ("provided that it was monitored and that Russia stopped striking ports", "on condition that …": coordinated conditions), nor a demonstrative "that" subject ("if Baku agrees and that is confirmed": a verb of "demonstrativeNext" right after it).',
});

/**
 * Whether the token at `k` ("and"/"but", or a comma before one) starts a coordinated that-clause that ends a
 * condition whose words begin at `from` (the token after its mark).
 */
export function thatClauseEndsCondition(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(conditionThatClause.id, list);
  let j = k;
  if (tokens[j]?.text === ',') j++;
  if (!w('coordinators').has(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'that') return false;
  // (The mark takes a that-clause of its own: "provided that …, and that …" coordinates two conditions.)
  if (tokens[from - 1]?.lower === 'that' || tokens[from]?.lower === 'that') return false;
  // (A demonstrative subject: "and that is", "and that would …".)
  if (w('demonstrativeNext').has(tokens[j + 2]?.lower ?? '')) return false;
  return !!tokens[j + 2]?.word;
}
