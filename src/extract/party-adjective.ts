// A party adjective before a stance noun the mentions do not keep as a role ("American support for a freeze",
// "Eritrean opposition to a monitoring mission", "Israeli objections to a permanent ceasefire"): that party holds
// the noun, as a possessor does (issue 7, holders). Word lists: lexicon/data/rules.json under the rule's id.
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const partyAdjectiveHolder: HolderRule = defineRule({
  id: 'holder/party-adjective', stage: 'holder',
  reason: '"American support for a freeze along the line", "the Chinese backing for a truce in Gaza", "Eritrean opposition to a UN mission", "Israeli objections to a permanent ceasefire": a party adjective right before a stance noun (past one listed modifier: "Turkish diplomatic support") names who holds it, as a possessor does ("Russia\'s refusal"). Not after a possessor or another party ("Moscow\'s Chinese backing"), not hyphened to another party ("the Chinese-Brazilian initiative": both, by the document rules), and not a predicate\'s subject ("the Russian answer is unacceptable": the speaker\'s view).',
  find({ doc, s, t, list }) {
    if (t.object === 'before') return;
    const { tokens } = doc;
    const modifiers = doc.index.words(this.id, 'modifiers');
    // "American support", "Turkish diplomatic support": the adjective, past one listed modifier.
    let j = t.start - 1;
    if (j > s.tStart && modifiers.has(tokens[j].lower)) j--;
    const code = j >= s.tStart ? partyAdjectiveAt(doc, j) : null;
    if (code && !list.some((m) => m.start <= j && j < m.end)) {
      // ("Russia's Chinese support": the phrase already has a possessor, who holds it, holder/possessor.)
      const before = tokens[j - 1];
      // ("the Chinese-Brazilian initiative": a party hyphened to it makes a pair, read by the document rules.)
      const possessed = before && (before.text === "'" || before.text === '-' || before.lower === 's' || list.some((m) => m.end === j));
      if (!possessed) return { codes: [code], mention: null, via: 'possessor' };
    }
  },
});
