// A decision to halt, cut back or release (cue "decide-step", lexicon/data/cues.json) is the decider's own step, an
// offer; this rule keeps the cue to that verb class: "had decided to keep striking", "decided to resume the
// offensive" decide no step towards a settlement, though the issue gate reads hostilities in them. The verb is the
// first after the cue's "to", past adverbs and quotation marks ("decided to "drastically reduce"", "a decision was
// made to radically, by a large margin, reduce"). Word list: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const decidedStep: MatchRule = defineRule({
  id: 'trigger/decided-step', stage: 'trigger',
  reason: 'A decision is an offer only of a step of de-escalation or release ("Baku had decided to drastically reduce military activity along the border", "Addis Ababa decided to halt air strikes", "Belgrade has decided to free the detained policemen"): the first verb after the cue "decide-step" ("decided to", "a decision was made to"), past adverbs, quotes and commas, must be one of \'verbs\' (reduce, halt, stop, suspend, release, exchange, extend, open …); "decided to keep striking", "decided to resume the offensive" are dropped.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'decide-step') return;
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    let j = t.end;
    // ("had decided "to keep striking"": the quote may open before "to".)
    if (lower(t.end - 1) !== 'to') return;
    const skip = doc.index.words(this.id, 'skip');
    while (j < s.tEnd && j - t.end < 8 && (skip.has(lower(j)) || /ly$/.test(lower(j)) || !/[a-z]/.test(lower(j)))) j++;
    const verb = lower(j);
    return doc.index.words(this.id, 'verbs').has(verb) ? undefined : { drop: `"${verb}" is no step of de-escalation or release` };
  },
});
