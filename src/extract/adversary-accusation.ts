// What one side of a dispute says the other side is refusing is an accusation, no stance of the accused: "Lavrov told
// reporters that Kyiv was refusing to negotiate", "He also said the fact that Russia refuses to stop the killing
// complicates everything", "Aliyev said Armenia keeps rejecting the peace treaty", '"They are not interested in
// stopping the war," Sybiha said of Moscow' (cue REJECT whose subject is one principal side and whose speaker is the
// other). It describes the accused's conduct in the speaker's words, in the progressive or the present ("was refusing",
// "refuses", "is not ready"), not a refusal the accused voiced. A report of a past act ("Lavrov said Ukraine had
// rejected the Easter truce"), a mediator's or an ally's report ("Erdogan said Russia is refusing …"), and the
// accused's own side saying it ("Peskov said Russia refuses to withdraw") still give the refusal. Word lists:
// lexicon/data/rules.json under the rule's id.
import type { HolderRule } from './holder.js';
import { speakerOf } from './holder.js';
import { defineRule } from './rules/registry.js';

export const adversaryAccusation: HolderRule = defineRule({
  id: 'holder/adversary-accusation', stage: 'holder',
  reason: '"Lavrov told reporters that Kyiv was refusing to negotiate", "Zelensky said Russia is not ready for a ceasefire", "Aliyev said Armenia keeps rejecting the treaty": a refusal in the progressive or present (\'forms\': refusing, refuses, rejects …; or a negated word of willingness, \'unwilling\': "not ready", "not interested"), whose subject (past auxiliaries, \'auxiliaries\') is one principal side of the dispute and whose speaker is the other, is the speaker\'s accusation, held by nobody; a past act ("had rejected the truce"), a speaker who is no principal side (a mediator, an ally) or of the subject\'s own side keeps the refusal.',
  find({ doc, s, t, list, inQuote, quoteSpeaker }) {
    if (t.type !== 'REJECT') return;
    const { tokens } = doc;
    const w = (n: string) => doc.index.words(this.id, n);
    const forms = w('forms'), unwilling = w('unwilling'), aux = w('auxiliaries');
    let form = false, negated = false, willing = false;
    for (let k = t.start; k < t.end; k++) {
      const x = tokens[k].lower;
      if (forms.has(x)) form = true;
      if (unwilling.has(x)) willing = true;
    }
    // The subject: a party right before the cue, past auxiliaries and a negation ("Kyiv was refusing", "Russia is not").
    let j = t.start - 1;
    while (j > s.tStart && (aux.has(tokens[j].lower) || tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 't' || tokens[j].text === "'")) {
      if (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 't') negated = true;
      j--;
    }
    for (let k = t.start; k < t.end; k++) if (tokens[k].lower === 'not' || tokens[k].lower === 't') negated = true;
    if (!form && !(willing && negated)) return;
    // (A progressive form needs its auxiliary: "Kyiv, refusing to negotiate, …" is no accusation of this shape.)
    if (/ing$/.test(tokens[t.start].lower) && j === t.start - 1) return;
    const subject = list.find((m) => m.end === j + 1 && !m.object && !m.possessive && m.codes.length > 0 && m.inQuote === inQuote);
    if (!subject) return;
    // ("Russia wants Ukraine to give up all four regions, terms that Kyiv rejects as a demand for capitulation": a
    // relative clause on the terms, the writer's, not a clause the speaker reports.)
    const before = tokens[subject.start - 1]?.lower ?? '';
    if (before === 'which' || before === 'whom' || (before === 'that' && w('relativeHeads').has(tokens[subject.start - 2]?.lower ?? ''))) return;
    const sp = inQuote ? quoteSpeaker : speakerOf(doc, s, list, t);
    if (!sp || sp === subject || !sp.codes.length) return;
    const sides = doc.principalsAt(s.index);
    const side = (codes: string[]) => sides.findIndex((c) => codes.includes(c));
    const a = side(subject.codes), b = side(sp.codes);
    if (a < 0 || b < 0 || a === b || sp.codes.some((c) => subject.codes.includes(c))) return;
    return 'none';
  },
});
