// Offers with no party as the subject of the consequence (issue 7, the counterpart of impersonal-consequence.ts):
// "Dialogue can resume at once if it does", "Talks could begin next week if Baku releases the prisoners". What
// follows a condition is the speaker's offer as much as "Beijing will resume dialogue if …" is, though no party is
// named to do it: the talks themselves as the subject of a modal and a verb of starting. Held like a deontic by the
// quote's or the sentence's speaker (modal: the deontic-speaker holder rule). Only with a condition in the sentence
// or a sequence step (candidate/sequence-step): "talks will resume next week" reports a schedule.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const impersonalOffer = defineRule({
  id: 'candidate/impersonal-offer', stage: 'candidate',
  reason: 'The talks as the subject of a modal and a verb of starting under a condition ("Dialogue can resume at once if it does, a spokesman said", "Talks could begin next week if Baku frees the prisoners": \'subjects\' before the modal, \'verbs\' after it) are the speaker\'s offer of talks, as "would resume talks if …" is: no party is named to act, the speaker holds it (as a deontic). Not without a condition ("talks will resume next week" reports a schedule), not negated ("talks cannot resume" refuses, the modal rules\').',
});

/** At the modal `i` whose subject is no party, in a conditional sentence: the OFFER trigger of talks that would start, else null. */
export function impersonalOfferAt(doc: Doc, s: Sentence, i: number, skip: (k: number) => boolean): { t: Trigger; why: string } | null {
  const { tokens } = doc;
  const subjects = doc.index.words(impersonalOffer.id, 'subjects');
  const verbs = doc.index.words(impersonalOffer.id, 'verbs');
  if (!subjects.has(tokens[i - 1]?.lower ?? '')) return null;
  // ("Talks cannot resume if …", "talks can't resume": a refusal, not an offer.)
  if (tokens[i].lower === 'cannot' || tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’') return null;
  let j = i + 1;
  while (j < s.tEnd && j <= i + 3 && skip(j)) { if (tokens[j].lower === 'not' || tokens[j].lower === 'never') return null; j++; }
  if (!verbs.has(tokens[j]?.lower ?? '')) return null;
  const t: Trigger = { start: i - 1, end: j + 1, type: 'OFFER', cue: null, rule: 'impersonal-offer', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'conditional', exchange: false, defaultIssue: 'talks' };
  return { t, why: `the talks ("${tokens[i - 1].text}") + modal + "${tokens[j].text}" under a condition: the speaker offers them` };
}
