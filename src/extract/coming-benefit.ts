// A benefit announced as coming is offered by whoever announces it, as a penalty announced as coming is threatened
// (coming-harm.ts): "any sanctions relief would come only after a durable peace agreement is signed", "an invitation
// will come only when allies agree"; a meeting of the talks announced as following is put forward, "a three-way
// meeting with Putin could follow". The cue coming-harm finds the verb; this rule, run before trigger/coming-harm,
// retypes it when the subject names such a thing. Words: rules.json trigger/coming-benefit.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const comingBenefit: MatchRule = defineRule({
  id: 'trigger/coming-benefit', stage: 'trigger',
  reason: 'The verb of the cue coming-harm ("will follow", "would come", "could come") whose subject (up to \'window\' words back, no clause mark) names a relief of a penalty (trigger/coming-harm \'relief\': "any sanctions relief would come only after a peace agreement is signed", "Sanctions relief for Russia could come only gradually") or a benefit one side grants (\'benefits\', "an invitation will come only when allies agree") is an OFFER of it by the one who announces it; a new meeting of the talks (\'meetings\', "a three-way meeting with Putin could follow") is put forward, PROPOSE talks, but not one said to come only at the end ("a summit could only come at the end of the work" sets the order of the talks, no proposal). After the verb, no particle or object (trigger/coming-harm \'notAfter\'): "an order to cease fire will follow from our side" inside a condition\'s sentence would be held by the party of the condition, and stays no stance. Not with a negation in the subject.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'coming-harm' || t.type !== 'THREATEN' || t.negated) return;
    const w = (list: string) => doc.index.words(comingBenefit.id, list);
    const next = t.end < s.tEnd ? doc.tokens[t.end].lower : '';
    if (doc.index.words('trigger/coming-harm', 'notAfter').has(next)) return;
    const relief = doc.index.words('trigger/coming-harm', 'relief');
    const window = Number([...w('window')][0] ?? 8);
    let kind: 'relief' | 'benefit' | 'meeting' | '' = '';
    let noun = '';
    for (let j = t.start - 1, words = 0; j >= s.tStart && words < window; j--) {
      const x = doc.tokens[j];
      if (!x.word && !/^["'\u201c\u201d]$/.test(x.text)) break;
      if (!x.word) continue;
      words++;
      if (w('negators').has(x.lower)) return;
      // (The subject ends at a word that opens its clause or another: "said after the summit that the loan …".)
      if (w('stops').has(x.lower)) break;
      // (The nearest noun of the three kinds before the verb decides: "sanctions relief" is relief, not a penalty.)
      if (kind) continue;
      if (relief.has(x.lower) && x.lower !== 'end' && x.lower !== 'lifted' && x.lower !== 'eased') { kind = 'relief'; noun = x.text; }
      else if (w('benefits').has(x.lower) && (x.lower !== 'order' || doc.tokens[j + 1]?.lower === 'to' || j + 1 === t.start)) { kind = 'benefit'; noun = x.text; }
      else if (w('meetings').has(x.lower)) { kind = 'meeting'; noun = x.text; }
    }
    if (!kind) return;
    if (kind === 'meeting') {
      // ("a summit could only come at the end of the work": the order of the talks, no meeting put forward.)
      for (let k = t.start; k < Math.min(t.end + 2, s.tEnd); k++) if (doc.tokens[k].lower === 'only') return;
      t.type = 'PROPOSE';
      t.needsIssue = undefined;
      t.defaultIssue = 'talks';
      return { change: `a meeting announced as following ("${noun}"): PROPOSE talks` };
    }
    t.type = 'OFFER';
    t.needsIssue = undefined;
    return { change: `a ${kind} announced as coming ("${noun}"): OFFER` };
  },
});
