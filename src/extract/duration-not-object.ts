// "Moscow has argued for months that Western sanctions were the real cause of the food crisis", "Kyiv had argued for
// years that prisoners were the one subject both sides could agree on": the "for" of a cue "argued for" that opens a
// span of time ("for months", "for some time") is no object of the verb: the verb governs the that-clause after the
// span, an assertion, not a proposal of what "for" would name. A demand inside the clause is read by its own cue
// ("argued for months that Kyiv must give up the Donbas": must). "argued for a ceasefire", "had argued instead for a
// 30-day truce" stay proposals. Words: rules.json trigger/duration-not-object.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const durationNotObject: MatchRule = defineRule({
  id: 'trigger/duration-not-object', stage: 'trigger',
  reason: '"Moscow has argued for months that Western sanctions were the real cause of the crisis": a cue of \'cues\' whose phrase ends in "for" (argued for) followed by a span of time (\'quantifiers\' then \'units\': "for months", "for some time", "for two years") and then "that" (\'next\') asserts the that-clause; the span of time is no object proposed. A demand inside the clause keeps its own cue ("… that Kyiv must give up the Donbas"); "argued for a ceasefire", "argued for years for a ceasefire" (an object after the span) stay proposals.',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id)) return;
    const w = (list: string) => doc.index.words(this.id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    if (lower(t.end - 1) !== 'for') return;
    let k = t.end;
    while (k < s.tEnd && k - t.end < 2 && (w('quantifiers').has(lower(k)) || /^\d+$/.test(lower(k)))) k++;
    if (!w('units').has(lower(k))) return;
    if (!w('next').has(lower(k + 1))) return;
    return { drop: `“for ${doc.text.slice(doc.tokens[t.end].start, doc.tokens[k].end)}” is a span of time: the verb asserts the that-clause, no proposal` };
  },
});
