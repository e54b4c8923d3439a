// Relief offered in the passive under a condition (issue 7, "conditionals"): "the sanctions could be lifted if Moscow
// agreed to end the war", "the detainees would be freed once Yerevan hands over the maps", "elections could take
// place within 90 days of a ceasefire", "the two presidents could meet, but only after the key elements are agreed".
// No party is the subject, but what the speaker says may be done on a condition is its offer, as "Washington would
// lift the sanctions if …" is (spec §2 OFFER: "could", "would halt"). The counterpart of the penalty passive
// (candidate/consequence-threat 'penaltyPassives': "all sanctions will be reinstated"). Held like a deontic by the
// quote's or the sentence's speaker (modal: the deontic-speaker holder rule); its issue is the subject's
// (content/condition-subject), so a subject that names none ("the situation could be eased if …") gives no claim.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const conditionalRelief = defineRule({
  id: 'candidate/conditional-relief', stage: 'candidate',
  reason: 'Under a condition, a subject that is no party, a modal, then "be" and one of \'participles\' ("the sanctions could be lifted if Moscow agreed", "the hostages would be released only after …", "elections could be held within 90 days of a ceasefire") or one of \'phrases\' ("elections could take place …", "the two leaders could meet once …", with \'meetSubjects\' only) is the speaker\'s offer of that step; its issue is the subject\'s (a meeting of leaders: the talks). Not negated ("will not be lifted until" refuses), not before "without" ("the next meeting will take place without a ceasefire" is a demand, candidate/not-without), not with an agent ("could be lifted by a court ruling": someone else\'s act), not in a question.',
});

/** At the modal `i` whose subject is no party, in a conditional sentence: the OFFER trigger of a relief, else null. */
export function conditionalReliefAt(doc: Doc, s: Sentence, i: number, skip: (k: number) => boolean): { t: Trigger; why: string } | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(conditionalRelief.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  // ("cannot be lifted", "couldn't be eased": a refusal, the modal rules'.)
  if (lower(i) === 'cannot' || tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’') return null;
  let j = i + 1;
  // (The modal adverbs count "be" and "willing" among them, for "would be willing to"; here they are the verb.)
  // ("can only be held if a ceasefire holds", "could be held only after …": a restrictive "only" makes the condition
  // a precondition, which the speaker demands: candidate/only-precondition's reading, not an offer.)
  while (j < s.tEnd && j <= i + 3 && skip(j) && !w('notSkipped').has(lower(j))) { if (lower(j) === 'not' || lower(j) === 'never' || lower(j) === 'only') return null; j++; }
  if (lower(j) === 'not' || lower(j) === 'never') return null;
  let end = -1;
  let talks = false;
  if (lower(j) === 'be' && w('participles').has(lower(j + 1))) end = j + 2;
  else if (lower(j) === 'take' && lower(j + 1) === 'place') end = j + 2;
  else if (lower(j) === 'meet' && w('meetSubjects').has(lower(i - 1))) { end = j + 1; talks = true; }
  if (end < 0) return null;
  // ("could be lifted by a court ruling": an agent's act, not the speaker's; "only" after it, past an adverb: the
  // precondition, above: "could be eased gradually only after a peace is reached".)
  let after = end;
  while (after < s.tEnd && after < end + 2 && /ly$/.test(lower(after)) && lower(after) !== 'only') after++;
  if (lower(after) === 'by' || lower(after) === 'only') return null;
  // ("I can't imagine that the next meeting will take place without a ceasefire": what will not happen without a thing
  // demands the thing, candidate/not-without's reading; it offers nothing.)
  if (lower(after) === 'without') return null;
  const t: Trigger = { start: i, end, type: 'OFFER', cue: null, rule: 'conditional-relief', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'conditional', exchange: false, contentEnd: end };
  if (talks) t.defaultIssue = 'talks';
  return { t, why: `"${tokens[i].text} … ${tokens[end - 1].text}" with no party as its subject, under a condition: the speaker offers it` };
}
