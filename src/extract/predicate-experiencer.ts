// "NATO membership is a red line for Moscow", "the proposals were unacceptable to Moscow", "a partition remains out of
// the question for Nicosia": a predicate of refusal followed by "to" or "for" and a party names whose refusal it is,
// the party for whom the thing is unacceptable. Without this the predicate's holder was looked for among speakers only
// ("Lavrov said …") and, with none in the sentence, the refusal was dropped or given to its subject ("NATO").
// Words: rules.json holder/predicate-experiencer.
import type { HolderRule } from './holder.js';
import { speakerOf } from './holder.js';
import { defineRule } from './rules/registry.js';

export const predicateExperiencer: HolderRule = defineRule({
  id: 'holder/predicate-experiencer', stage: 'holder',
  reason: 'A predicate of refusal ("unacceptable", "a red line", "out of the question", "not negotiable"; cue reject-predicate) followed by one of \'prepositions\' and a party ("… unacceptable to Moscow", "a red line for Baku") is that party\'s refusal. Not when a speaker of another party reports it ("Peskov said the plan was unacceptable to Kyiv" stays the speaker\'s view); not a possessive ("unacceptable for Ukraine\'s security") nor a mention that names no party ("acceptable to the international community").',
  find({ doc, s, t, list, quoteSpeaker }) {
    if (t.object !== 'before' || !t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id)) return;
    const { tokens } = doc;
    const preps = doc.index.words(this.id, 'prepositions');
    // The cue's phrase may end with the preposition ("unacceptable to") or stand before it ("a red line for").
    let j = t.end;
    if (!preps.has(tokens[t.end - 1]?.lower ?? '')) {
      if (!preps.has(tokens[t.end]?.lower ?? '')) return;
      j = t.end + 1;
    }
    if (j >= s.tEnd) return;
    const m = list.find((a) => (a.start === j || (a.start === j + 1 && tokens[j].lower === 'the')) && a.codes.length > 0);
    if (!m || m.possessive || tokens[m.end]?.text === "'" || tokens[m.end]?.text === '’') return;
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (sp && sp.codes.length && sp.codes.join() !== m.codes.join()) return;
    return { codes: [...m.codes], mention: m, via: 'subject' };
  },
});
