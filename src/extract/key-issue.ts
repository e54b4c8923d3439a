// Naming the key or main issue of talks names what the speaker wants from them: "The key issue of these talks is an
// immediate ceasefire and the withdrawal of troops", "the main question remains the Lachin corridor" (cue key-issue in
// cues.json, a DEMAND like "priority is"). A question after the copula names no stance: "the key question is whether
// Baku will sign", "the main issue remains how the sanctions would be lifted" ask, they do not want (this rule drops
// the cue there). Words: rules.json trigger/key-issue-question.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const keyIssueQuestion: MatchRule = defineRule({
  id: 'trigger/key-issue-question', stage: 'trigger',
  reason: '"the key question is whether Baku will sign", "the main issue remains how the sanctions would be lifted": a question word (\'questionWords\') right after the key-issue cue (past a quotation mark) asks, it names no content the speaker wants: no stance. "The key issue of these talks is an immediate ceasefire" stays a demand.',
  apply(t, { doc }) {
    if (t.cue?.id !== 'key-issue') return;
    let j = t.end;
    while (j < doc.tokens.length && !doc.tokens[j].word) j++;
    const next = doc.tokens[j]?.lower ?? '';
    if (doc.index.words(this.id, 'questionWords').has(next)) return { drop: `"${next}": a question, no content wanted` };
    return;
  },
});
