// What usually holds is no stance (issue 7, precision): "a nation sponsoring a peace plan usually has to engage in
// shuttle diplomacy", "ceasefires typically need monitors to hold" state how things go in general, not what a party
// wants of another in these talks. A deontic or a need right after a habitual adverb is dropped. Word list:
// lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const habitualModal: MatchRule = defineRule({
  id: 'trigger/habitual-modal', stage: 'trigger',
  reason: 'A deontic or a need right after one of \'words\' ("usually has to", "typically must", "normally needs", "generally requires") states what holds in general ("a mediator usually has to talk to both sides"), not a demand made in the talks; the stance is dropped. Not "always" ("Kyiv has always demanded …" is a standing demand) and not an adverb that only stresses ("really must").',
  apply(t, { doc }) {
    if (t.type !== 'DEMAND' || !(t.modal || t.cue?.id === 'require' || t.cue?.id === 'need')) return;
    const before = doc.tokens[t.start - 1]?.lower ?? '';
    if (doc.index.words(this.id).has(before)) return { drop: `"${before}": what holds in general` };
  },
});
