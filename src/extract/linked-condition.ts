// Tying the thing of a stance to something else makes that something a condition (issue 7, the issue of a claim):
// "Putin had refused to accept a complete unconditional ceasefire, linking it to a halt in Western arms supplies", "Baku
// accepted the truce but tied it to the withdrawal of Armenian troops". The cue (cues.json linked-condition) is a
// DEMAND of what follows "to"/"on"; the stance before it keeps its own object (its content ends at the next cue). The
// participle or the coordinated verb shares the subject of the stance's clause, not a party named as that stance's
// object ("Belgrade has refused to recognise Kosovo, making it conditional on …" is Belgrade's demand).
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';

export const linkedConditionHolder: HolderRule = defineRule({
  id: 'holder/linked-condition', stage: 'holder',
  reason: '"Belgrade has refused to recognise Kosovo, making it conditional on guarantees for the Serb minority", "Baku accepted the truce but tied it to …": a linked-condition cue (tying "it" to something) after a comma, "and" or "but" continues the clause before it, so the subject of the stance it continues (the last party before the last cue ahead of it that is neither an object nor a possessor) holds it, not the party named as that stance\'s object.',
  find({ doc, s, t, list, inQuote }) {
    if (t.cue?.id !== 'linked-condition') return;
    const before = doc.tokens[t.start - 1];
    if (!before || !doc.index.words(this.id, 'joins').has(before.lower)) return;
    // The stance it continues: the last cue before it in the sentence; its subject, the last party before that cue that
    // is neither an object nor a possessor ("Kosovo said Serbia rejected the plan, tying it to …" is Serbia's).
    const cues = doc.cuesBySentence.get(s.index) ?? [];
    let cue = -1;
    for (const c of cues) if (c.end <= t.start - 1 && c.start > cue) cue = c.start;
    if (cue < 0) return;
    const subject = [...list].reverse().find((m) => m.end <= cue && !m.object && !m.possessive && m.inQuote === inQuote && m.codes.length);
    if (!subject) return;
    return { codes: subject.codes, mention: subject, via: 'subject' };
  },
});
