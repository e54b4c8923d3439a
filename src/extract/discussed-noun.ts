// "They also discussed proposals for humanitarian assistance", "the ministers considered a plan for a ceasefire": a
// stance noun that is the object of a verb of discussing names what was talked about, not a proposal of the
// parties that discussed it (they may each have rejected it). Whose it is would be a possessor ("discussed Baku's
// proposal": the possessor's, holder/possessor); without one it is nobody's.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const discussedNoun: MatchRule = defineRule({
  id: 'trigger/discussed-noun', stage: 'trigger',
  reason: '"Pashinyan and Aliyev discussed proposals for a prisoner exchange", "the envoys examined a plan for a truce": a noun cue right after a verb of discussing (rules.json \'verbs\'), past an article or quantifier and lower-case modifiers, is the topic of the talk, not a proposal of its subject; a party or possessor between them keeps it (its holder is found by holder/possessor).',
  apply(t, { doc, s }) {
    if (!t.nominal && !doc.index.words('holder/noun-needs-possessor').has(doc.tokens[t.start].lower)) return;
    const words = (list: string) => doc.index.words(this.id, list);
    let j = t.start - 1;
    for (let n = 0; n < 3 && j > s.tStart && words('skips').has(doc.tokens[j].lower); n++) j--;
    const v = doc.tokens[j];
    if (!v || !words('verbs').has(v.lower)) return;
    // (A party between them holds it: "discussed the Azerbaijani proposal", "discussed Baku's plan".)
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start > j && a.start < t.start)) return;
    return { drop: `the topic of "${v.text}"` };
  },
});
