// A need to know who would defend a party (content/defence-question): "Ukraine needed to know exactly which countries
// would act, and how, if Russia attacked again", "Kyiv still needed to know precisely how its partners would respond if
// Russia attacked again", "needed to know before signing any agreement who would defend the peace and how". A party
// that says it must know who would come to its defence, and how, before it signs asks its partners to commit to that
// defence: a demand of security guarantees (spec §2), though neither "need" nor the question names the issue, and the
// need cue alone asks nothing of anyone (trigger/want-needs-act). Only with a question word and a verb of defending or
// an attack after "if": "needed to know how the talks would proceed" asks for no guarantee.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const defenceQuestion = defineRule({
  id: 'content/defence-question', stage: 'content',
  reason: 'A need to know (or to have answers on) who would defend a party, or what its partners would do if it were attacked ("Ukraine needed to know exactly which countries would act, and how, if Russia attacked again", "Kyiv still needed to know how its partners would respond if Russia attacked again", "who would defend the peace and how") asks those partners to commit to its defence: DEMAND security_guarantees, whatever else the question names (an agreement it would sign). The need cue ("needed", "need"), then one of \'knowWords\' right after it (past "to"), then within twenty words, before a semicolon or full stop, one of \'questionWords\' and either one of \'defenceVerbs\' or "if" with one of \'attackWords\'. Lists: rules.json content/defence-question.',
});

/** The index just past the question of defence after a need `t` (content/defence-question), else -1. */
export function defenceQuestionEnd(doc: Doc, s: Sentence, t: Trigger): number {
  // (The need cue only: "needs to know" is the must cue, a deontic its speaker holds, and one about the speaker's own
  // side obliges that side, sentence/self-obligation.)
  if (t.type !== 'DEMAND' || t.cue?.id !== 'need') return -1;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(defenceQuestion.id, list);
  let k = t.end;
  if (tokens[k]?.lower === 'to') k++;
  if (!w('knowWords').has(tokens[k]?.lower ?? '')) return -1;
  // (Within twenty words of the clause: "which countries would act, and how, if Russia attacked again".)
  const end = Math.min(s.tEnd, k + 21);
  let question = false, cond = false, defence = -1;
  for (let j = k + 1; j < end; j++) {
    const x = tokens[j];
    if (x.text === ';' || x.text === '.') break;
    if (w('questionWords').has(x.lower)) question = true;
    else if (x.lower === 'if') cond = true;
    else if (question && (w('defenceVerbs').has(x.lower) || (cond && w('attackWords').has(x.lower)))) defence = j + 1;
  }
  return question && defence > 0 ? defence : -1;
}
