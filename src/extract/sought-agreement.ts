// An agreement worked towards is not one reached (issue 7, stance constructions: agreement). "Baku and Yerevan
// reached a deal on the border" accepts it (cue 'agree', cues.json); "are working to reach a deal on the
// border", "are trying to agree on the exchange", "struggling to strike an agreement to cease hostilities" only
// say the parties want an agreement, whose terms nobody has accepted yet (the cue's verb forms make "reach" of
// "reached": discourse/cue-verb-forms). Hoping and seeking are read elsewhere (trigger/blocker 'hope', the
// chain of 'seek'). Words: rules.json trigger/sought-agreement.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const soughtAgreement: MatchRule = defineRule({
  id: 'trigger/sought-agreement', stage: 'trigger',
  reason: 'An agreement cue in its base form after "to" and a word of effort (\'efforts\': working, trying, striving, efforts, a bid, an attempt …; one adverb may stand between: "working hard to") is an agreement sought, not reached: "are working to reach a deal on the border", "trying to agree on the exchange of prisoners" accept nothing.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'agree' || t.negated) return;
    const { tokens } = doc;
    if (t.start - 2 < s.tStart || tokens[t.start - 1].lower !== 'to') return;
    const efforts = doc.index.words(this.id, 'efforts');
    let k = t.start - 2;
    if (!efforts.has(tokens[k].lower) && /ly$/.test(tokens[k].lower) || tokens[k].lower === 'hard') k--;
    if (k >= s.tStart && efforts.has(tokens[k].lower)) return { drop: `"${tokens[k].text} to …": an agreement sought, not reached` };
  },
});
