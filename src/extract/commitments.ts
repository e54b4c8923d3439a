// Commitments and announcements (issue 7): what a party pledges, offers or decides to do itself. Word lists:
// lexicon/data/rules.json under each rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const offeredNoun: MatchRule = defineRule({
  id: 'trigger/offered-noun', stage: 'trigger',
  reason: '"Moscow offered Kyiv a legally binding pledge not to attack it again", "Baku offered Yerevan a promise of safe passage": a noun of promising after a verb of offering, its indirect object and a determiner is what is offered, no stance of its own; the offer verb\'s subject holds it and its content runs through the noun (the noun alone would be held by the party right before it, the one offered to).',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || t.modal || t.end - t.start !== 1) return;
    const verbs = doc.index.words(this.id);
    const determiners = doc.index.words(this.id, 'determiners');
    // Back from the noun: lower-case modifiers ("legally binding"), a determiner, the party offered to (two
    // words at most: "Kyiv", "the Armenians", "them"), then the verb.
    let determiner = -1;
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 7); j--) {
      const x = doc.tokens[j];
      if (!x.word) return;
      if (verbs.has(x.lower)) return determiner >= 0 && determiner - j <= 3 ? { drop: `the object of "${x.text}"` } : undefined;
      if (determiner < 0 && determiners.has(x.lower)) determiner = j;
      else if (determiner < 0 && x.text !== x.lower) return;
    }
  },
});
