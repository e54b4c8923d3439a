// An offer's condition that names a circumstance no party is asked to bring about states no demand
// (claim/condition-circumstance): "ready to send observers if there is a ceasefire" (a state of affairs: when the
// offer holds), "would support the force if it came under attack", "… if Russia attacks again" (a harm suffered or
// the attack that sets a guarantee off).
// conditions.ts asks it for each condition of an offer or acceptance; threats keep their own reading
// (claim/threat-condition), since "unless there is a ceasefire" under a threat is what the threatener wants.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { eventClauses } from './event-time-clause.js';

export const conditionCircumstance = defineRule({
  id: 'claim/condition-circumstance', stage: 'claim',
  reason: 'An offer\'s condition that is a state of affairs ("is ready to send peacekeepers if there is a truce", "would help clear mines if there is a ceasefire and a clear mandate") or a harm its beneficiary suffers ("would defend them if they came under attack", "if it is attacked again") tells when the offer holds or what sets a guarantee off: it demands nothing of anyone.',
});

/** Whether the condition in tokens [from, to) is a circumstance, not something demanded: "there is …" or a harm suffered. */
export function circumstanceCondition(doc: Doc, from: number, to: number, halts = false): string | null {
  const { tokens } = doc;
  const existential = doc.index.words(conditionCircumstance.id, 'existential');
  const be = doc.index.words(conditionCircumstance.id, 'beForms');
  if (existential.has(tokens[from]?.lower ?? '') && be.has(tokens[from + 1]?.lower ?? '')) return 'a state of affairs ("there is …")';
  // "could be deployed only once the fighting had stopped", "would deploy after a peace deal is signed": the war's
  // end, an event clause of time (content/event-time-clause), is when the offer holds, asked of no one.
  const sentence = doc.sentences[doc.sentenceOf[from]];
  // (Not when a party acts in the condition too: "once the fighting stops and Yerevan withdraws its troops".)
  if (sentence && eventClauses(doc, sentence, halts).some(([a]) => a === from - 1) && !(doc.actorsBySentence.get(sentence.index) ?? []).some((m) => m.start >= from && m.start < to)) return 'the war\'s end, a time ("once the fighting stops")';
  const under = doc.index.words(conditionCircumstance.id, 'underNouns');
  const suffered = doc.index.words(conditionCircumstance.id, 'sufferedParticiples');
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (w === 'under' && under.has(tokens[k + 1]?.lower ?? '')) return `a harm suffered ("under ${tokens[k + 1].lower}")`;
    if (suffered.has(w) && be.has(tokens[k - 1]?.lower ?? '')) return `a harm suffered ("${tokens[k - 1].lower} ${w}")`;
  }
  // "offered a promise to shield Ukraine if Russia attacks again", "would come to Armenia's aid if Azerbaijan
  // invades": the other side's attack in the active is what sets the guarantee off, as "if it is attacked" is.
  // ("if Russia continues to attack", "if Baku does not attack" are no such trigger.)
  const acts = doc.index.words(conditionCircumstance.id, 'aggressorActs');
  const notAfter = doc.index.words(conditionCircumstance.id, 'aggressorActsNotAfter');
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (acts.has(w) && !notAfter.has(tokens[k - 1]?.lower ?? '')) return `an attack the offer answers ("${w}")`;
  }
  return null;
}
