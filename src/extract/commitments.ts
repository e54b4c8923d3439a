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

export const declinedObject: MatchRule = defineRule({
  id: 'trigger/declined-object', stage: 'trigger',
  reason: '"Serbia declined the EU\'s offer of talks", "Khartoum declined an invitation to Geneva", "Kyiv declined to sign the minerals deal": declining refuses a stance noun it takes as its object, or an act after "to" (refusing to speak is no stance: trigger/no-comment). "Exports declined", "a decline in support" fall or shrink.',
  apply(t, { doc, s }) {
    if (t.type !== 'REJECT' || !/^declin/.test(doc.tokens[t.start].lower) || t.end - t.start !== 1) return;
    const before = doc.tokens[t.start - 1]?.lower ?? '';
    if (doc.index.words(this.id, 'determiners').has(before)) return { drop: 'a decline (noun)' };
    if (doc.tokens[t.end]?.lower === 'to') return;
    // The object: determiners, parties and modifiers (no preposition, no verb) up to a stance noun.
    const nouns = doc.index.words(this.id);
    const gapStops = doc.index.words(this.id, 'gapStops');
    for (let j = t.end; j < Math.min(t.end + 6, s.tEnd); j++) {
      const x = doc.tokens[j];
      if (nouns.has(x.lower)) return;
      if (gapStops.has(x.lower) || (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '’')) break;
    }
    return { drop: 'nothing proposed is declined' };
  },
});
