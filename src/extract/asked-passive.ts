// "Kyiv wants any settlement to be backed by security guarantees", "Warsaw called for any peacekeeping force to be
// backed by American support", "Ukraine insisted that the guarantees be ratified by the US Congress": an acceptance
// verb in the passive whose subject is the object of a verb of asking or wanting, or the subject of a "that" clause
// after a demand, is part of what is asked for. Nobody has accepted anything: not the asker (its verb carries the
// demand, and its content runs on through the passive once this cue is gone), and not the agent after "by" (asked to
// back it, it has not yet). The active infinitive ("wants a summit to endorse the formula") is
// trigger/asked-of-others'. Words: rules.json trigger/asked-passive.
import type { MatchRule } from './triggers.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

export const askedPassive: MatchRule = defineRule({
  id: 'trigger/asked-passive', stage: 'trigger',
  reason: 'An acceptance or refusal in the passive ("to be backed by", "be ratified by") whose subject is the object of a verb of asking or wanting (\'verbs\', or a verb of calling before "for": \'callVerbs\') or the subject of a "that" clause right after a demand cue ("insisted that", "demanded that") is what is asked for: no one\'s acceptance, neither the asker\'s (its own cue carries the demand) nor the agent\'s. With nothing between the verb and "to be" ("Turkey asked to be admitted") the subject\'s own; a finite passive ("the plan was backed by Turkey") is not read here. \'stops\' end the subject before the verb is reached.',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' && t.type !== 'REJECT') return;
    const be = t.start - 1;
    if (lower(doc, be) !== 'be') return;
    const w = (list: string) => doc.index.words(this.id, list);
    const stops = w('stops');
    const clauseBreak = (j: number) => { const x = doc.tokens[j]; return (!x.word && x.text !== '-' && x.text !== "'") || stops.has(x.lower); };
    // "wants any settlement | to be backed": the verb of asking before the object.
    if (lower(doc, be - 1) === 'to') {
      const to = be - 1;
      for (let j = to - 1; j >= s.tStart && to - j <= 9; j--) {
        const x = lower(doc, j);
        const asking = w('verbs').has(x) || (x === 'for' && w('callVerbs').has(lower(doc, j - 1)));
        if (!asking) { if (clauseBreak(j)) return; continue; }
        if (j === to - 1) return;
        return { drop: `passive asked of the object of “${doc.tokens[j].text}”: what is asked for, no one's acceptance` };
      }
      return;
    }
    // "insisted that the guarantees | be ratified": a subjunctive in the "that" clause of a demand.
    const cues = doc.cuesBySentence.get(s.index) ?? [];
    for (let j = be - 1; j >= s.tStart && be - j <= 9; j--) {
      if (lower(doc, j) === 'that') {
        if (j === be - 1) return;
        if (cues.some((c) => (c.end === j + 1 || c.end === j) && c.values.some((v) => v.type === 'DEMAND'))) return { drop: 'passive in what a demand\'s “that” asks for: no one\'s acceptance' };
        return;
      }
      if (clauseBreak(j)) return;
    }
  },
});
